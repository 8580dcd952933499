// Diagnostics sent to clients that cannot pull them (`textDocument/diagnostic`), such as
// Neovim 0.7, Emacs's eglot and vim-lsp: the server publishes each document's
// findings after it opens or changes, from the same analysis the pull requests use.

import type { ClientCapabilities, Connection } from 'vscode-languageserver';
import type { DocumentAnalysis } from './analyses';
import type { DiagnosticEncoder } from '../shared/diagnostic';
import { nextTurn } from './nextTurn';

/** Whether the client only listens for `textDocument/publishDiagnostics`. */
export function wantsPush(capabilities: ClientCapabilities | undefined): boolean {
  return !capabilities?.textDocument?.diagnostic;
}

interface Pending {
  /** Counts the document's opens and changes. */
  changes: number;
  /** The count when the last quiet turn began: analysis waits for a turn with no newer change. */
  seen: number;
  running: boolean;
  /** What was last published, so a report is not sent twice. */
  version?: number;
  resultId?: string;
}

export class PushDiagnostics {
  private readonly byUri = new Map<string, Pending>();

  constructor(
    private readonly connection: Connection,
    /** The analysis of the document's current text (the one pull requests get) and its version, or null once it is closed. */
    private readonly analysisOf: (uri: string) => Promise<{ entry: DocumentAnalysis; version: number } | null>,
    private readonly diagnostics: DiagnosticEncoder,
  ) {}

  /** The document opened or changed: publish its findings once the burst of edits it is part of is over. */
  changed(uri: string): void {
    let pending = this.byUri.get(uri);
    if (!pending) this.byUri.set(uri, (pending = { changes: 0, seen: 0, running: false }));
    pending.changes++;
    if (!pending.running) void this.publish(uri, pending);
  }

  /** Settings changed: publish every open document again. */
  refresh(): void {
    for (const uri of this.byUri.keys()) this.changed(uri);
  }

  /** The document closed: its diagnostics go with it. */
  closed(uri: string): void {
    if (!this.byUri.delete(uri)) return;
    void this.connection.sendDiagnostics({ uri, diagnostics: [] });
  }

  private async publish(uri: string, pending: Pending): Promise<void> {
    pending.running = true;
    try {
      await this.publishNewest(uri, pending);
    } catch (error) {
      this.connection.console.error(`Diagnostics of ${uri} not published: ${String(error)}`);
    } finally {
      pending.running = false;
    }
  }

  private async publishNewest(uri: string, pending: Pending): Promise<void> {
    // The transport hands the server one message per turn of the event loop, so a burst of
    // changes read at once is over when a whole turn passes without one. Each analysis is of
    // the newest text at that moment, so no report is older than one sent before it.
    while (pending.seen !== pending.changes) {
      pending.seen = pending.changes;
      await nextTurn();
      if (pending.seen !== pending.changes) continue;
      const current = await this.analysisOf(uri);
      if (this.byUri.get(uri) !== pending || !current) return;
      const { entry, version } = current;
      if (version === pending.version && entry.resultId === pending.resultId) continue;
      pending.version = version;
      pending.resultId = entry.resultId;
      void this.connection.sendDiagnostics({ uri, version, diagnostics: entry.findings.map((finding) => this.diagnostics.encode(finding)) });
    }
  }
}
