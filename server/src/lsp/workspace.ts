// The workspace features on top of the index (workspaceIndex.ts): workspace diagnostics
// (every indexed file's findings, its suite findings among them), workspace symbols and
// document links between standards. Results take LSP shape here.

import {
  DocumentDiagnosticReportKind,
  SymbolKind,
  type CancellationToken,
  type Connection,
  type Diagnostic,
  type DocumentLink,
  type ResultProgressReporter,
  type WorkspaceDiagnosticReport,
  type WorkspaceDiagnosticReportPartialResult,
  type WorkspaceDocumentDiagnosticReport,
  type WorkspaceSymbol,
} from 'vscode-languageserver';
import type { DocumentAnalysis, SuiteFinding } from '../core';
import { say } from '../core/messages/message';
import { WORKSPACE } from '../core/suite/messages';
import { standardName, summarise, type FileSummary, type SuiteSymbolKind } from '../core/suite/summary';
import type { DiagnosticEncoder } from '../shared/diagnostic';
import { nextTurn } from './nextTurn';
import { isObject, uriOf } from './params';
import type { WorkspaceIndex } from './workspaceIndex';

/** Workspace symbols sent for one query at most; the editor asks again as the query grows. */
const MAX_SYMBOLS = 1000;
/** Files per part of a workspace report sent in parts: a few hundred kilobytes. */
const FILES_PER_PART = 25;

/** The next `count` values of `values`, fewer at its end. */
function take<T>(values: Iterator<T>, count: number): T[] {
  const taken: T[] = [];
  while (taken.length < count) {
    const next = values.next();
    if (next.done) break;
    taken.push(next.value);
  }
  return taken;
}

const SYMBOL_KINDS: Record<SuiteSymbolKind, SymbolKind> = {
  standard: SymbolKind.File,
  element: SymbolKind.Namespace,
  term: SymbolKind.Key,
};

export function workspaceCapabilities(index: WorkspaceIndex) {
  return {
    diagnosticProvider: { identifier: 'nos', interFileDependencies: index.enabled, workspaceDiagnostics: index.enabled },
    ...(index.enabled && { workspaceSymbolProvider: true, documentLinkProvider: { resolveProvider: false } }),
  };
}

/** The diagnostics of an open document: its own findings and its suite findings. */
export function openReport(entry: DocumentAnalysis, suite: readonly SuiteFinding[], suiteVersion: number, encoder: DiagnosticEncoder) {
  const resultId = `${entry.resultId}.${suiteVersion}`;
  const items: Diagnostic[] = entry.findings.map((finding) => encoder.encode(finding));
  for (const finding of suite) items.push(encoder.encodeSuite(finding));
  return { resultId, items };
}

/** The diagnostics of a file that is not open, from the index; null for a file it does not hold. */
export function closedReport(index: WorkspaceIndex, uri: string, encoder: DiagnosticEncoder): { resultId: string; items: Diagnostic[] } | null {
  const file = index.closedFile(uri);
  if (!file) return null;
  const items = file.findings.map((finding) => encoder.encode(finding));
  for (const finding of index.suiteFindings(uri)) items.push(encoder.encodeSuite(finding));
  return { resultId: `w${file.version}.${index.suiteVersion(uri)}`, items };
}

/** Whether the letters of `query` come in `name` in order, whatever their case. */
function matches(name: string, query: string): boolean {
  let at = 0;
  const lower = name.toLowerCase();
  for (const char of query.toLowerCase()) {
    if (char === ' ') continue;
    at = lower.indexOf(char, at);
    if (at < 0) return false;
    at++;
  }
  return true;
}

type AnalysisOf = (uri: string, token: CancellationToken) => Promise<DocumentAnalysis | null>;

export function listenForWorkspace(connection: Connection, index: WorkspaceIndex, encoder: DiagnosticEncoder, analysisOf: AnalysisOf): void {
  /** Files this connection has been sent a workspace report for: one gone from the index is sent an empty one. */
  const reported = new Set<string>();

  /** What the client does not have yet, file by file. */
  function* reports(previous: ReadonlyMap<string, string>): Generator<WorkspaceDocumentDiagnosticReport> {
    const present = new Set<string>();
    for (const uri of index.uris()) {
      present.add(uri);
      // Open documents: the client keeps their document pull's report.
      const closed = closedReport(index, uri, encoder);
      if (!closed) continue;
      // Unchanged since the client's last report: left out, so the client keeps it.
      if (previous.get(uri) === closed.resultId) continue;
      reported.add(uri);
      yield { kind: DocumentDiagnosticReportKind.Full, uri, version: null, ...closed };
    }
    for (const uri of reported) {
      if (present.has(uri)) continue;
      reported.delete(uri);
      yield { kind: DocumentDiagnosticReportKind.Full, uri, version: null, items: [] };
    }
  }

  /**
   * Sends the reports in parts when the client takes partial results, a turn of the event
   * loop apart, so that a keystroke's diagnostics need not wait behind megabytes of a
   * whole suite's; else as one answer. Null when there is nothing to send.
   */
  async function send(
    previous: ReadonlyMap<string, string>,
    partial: ResultProgressReporter<WorkspaceDiagnosticReportPartialResult> | undefined,
    token: CancellationToken,
  ): Promise<WorkspaceDiagnosticReport | null> {
    const pending = reports(previous);
    if (!partial) {
      const items = [...pending];
      return items.length ? { items } : null;
    }
    let sent = false;
    for (let part = take(pending, FILES_PER_PART); part.length; part = take(pending, FILES_PER_PART)) {
      partial.report({ items: part });
      sent = true;
      await nextTurn();
      if (token.isCancellationRequested) break;
    }
    return sent ? { items: [] } : null;
  }

  // Answered once there is something the client does not have: until then the request is
  // held open (the editor pulls again two seconds after each answer).
  connection.languages.diagnostics.onWorkspace(async (params, token, _progress, partial) => {
    if (!index.enabled) return { items: [] };
    const previous = new Map<string, string>();
    for (const entry of Array.isArray(params?.previousResultIds) ? params.previousResultIds : []) {
      if (isObject(entry) && typeof entry.uri === 'string' && typeof entry.value === 'string') previous.set(entry.uri, entry.value);
    }
    while (!token.isCancellationRequested) {
      if (index.ready) {
        const answer = await send(previous, partial, token);
        if (answer) return answer;
      }
      await new Promise<void>((resolve) => {
        const cancelled = token.onCancellationRequested(() => resolve());
        void index.changed().then(() => {
          cancelled.dispose();
          resolve();
        });
      });
    }
    return { items: [] };
  });

  connection.onWorkspaceSymbol((params) => {
    if (!index.enabled) return [];
    const query = typeof params?.query === 'string' ? params.query : '';
    const symbols: WorkspaceSymbol[] = [];
    for (const uri of index.uris()) {
      const summary = index.summaryOf(uri);
      if (!summary) continue;
      const container = standardName(summary.facts) ?? undefined;
      for (const symbol of summary.symbols) {
        if (!matches(symbol.name, query)) continue;
        symbols.push({
          name: symbol.name,
          kind: SYMBOL_KINDS[symbol.kind],
          location: { uri, range: symbol.range },
          ...(symbol.kind !== 'standard' && container && { containerName: container }),
        });
        if (symbols.length >= MAX_SYMBOLS) return symbols;
      }
    }
    return symbols;
  });

  connection.onDocumentLinks(async (params, token): Promise<DocumentLink[]> => {
    if (!index.enabled) return [];
    const uri = uriOf(params);
    const doc = (await analysisOf(uri, token))?.analysis?.doc;
    if (!doc) return [];
    const summary = summarise(doc);
    const own = summary.facts.urn?.key;
    // Each URN's file, one in the document's language first (the other language's shares it).
    const files = new Map<string, { uri: string; summary: FileSummary }>();
    for (const other of index.uris()) {
      const found = other === uri ? null : index.summaryOf(other);
      const key = found?.facts.urn?.key;
      if (!found || !key || key === own) continue;
      const known = files.get(key);
      if (!known || (known.summary.language !== summary.language && found.language === summary.language)) files.set(key, { uri: other, summary: found });
    }
    return summary.mentions.flatMap((mention) => {
      const target = files.get(mention.key);
      if (!target) return [];
      const name = standardName(target.summary.facts) ?? mention.text;
      return [{ range: mention.range, target: target.uri, tooltip: say(WORKSPACE.openStandard, { name })(summary.language) }];
    });
  });
}
