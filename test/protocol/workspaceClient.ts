// A test client that answers the server's workspace-file requests as the VS Code
// extension does (client/src/workspaceFiles.ts), from files held in memory.

import { randomUUID } from 'node:crypto';
import { WorkspaceDiagnosticRequest, type InitializeResult } from 'vscode-languageserver-protocol';
import { TestClient } from './client';

interface WorkspaceReport {
  items: Array<{ kind: string; uri: string; resultId?: string; items?: Array<{ code?: unknown; message: string; range: unknown; relatedInformation?: Array<{ location: { uri: string } }> }> }>;
}

export class WorkspaceClient extends TestClient {
  /** The workspace's NOS files: URI → text. */
  readonly files = new Map<string, string>();
  reads = 0;

  constructor(readonly folder: string) {
    super();
    this.connection.onRequest('nos/workspaceFiles', () => ({ uris: [...this.files.keys()] }));
    this.connection.onRequest('nos/readWorkspaceFile', (params: { uri: string }) => {
      this.reads++;
      return this.files.get(params.uri) ?? null;
    });
  }

  initializeWorkspace(): Promise<InitializeResult> {
    return this.connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: this.folder,
      workspaceFolders: [{ uri: this.folder, name: 'suite' }],
      capabilities: {
        experimental: { nosWorkspaceFiles: true },
        workspace: { configuration: true, diagnostics: { refreshSupport: true }, workspaceFolders: true },
        textDocument: { diagnostic: { dynamicRegistration: true, relatedDocumentSupport: false } },
      },
    }).then(async (result) => {
      await this.connection.sendNotification('initialized', {});
      return result as InitializeResult;
    });
  }

  /** Writes, changes or deletes (text null) files, and tells the server as the file watcher does. */
  async write(changes: Record<string, string | null>): Promise<void> {
    const events = Object.entries(changes).map(([uri, text]) => {
      const existed = this.files.has(uri);
      if (text === null) this.files.delete(uri);
      else this.files.set(uri, text);
      return { uri, type: text === null ? 3 : existed ? 2 : 1 };
    });
    await this.connection.sendNotification('nos/workspaceFilesChanged', { changes: events });
  }

  workspaceDiagnostics(previousResultIds: Array<{ uri: string; value: string }> = []) {
    return this.connection.sendRequest<WorkspaceReport>('workspace/diagnostic', { previousResultIds });
  }

  /** A pull taking partial results, as VS Code's client sends it: the parts sent, and the final answer. */
  async workspaceDiagnosticsInParts(previousResultIds: Array<{ uri: string; value: string }> = []) {
    const partialResultToken = randomUUID();
    const parts: WorkspaceReport['items'][] = [];
    const listening = this.connection.onProgress(WorkspaceDiagnosticRequest.partialResult, partialResultToken, (part) => {
      parts.push(part.items as WorkspaceReport['items']);
    });
    try {
      const answer = await this.connection.sendRequest<WorkspaceReport>('workspace/diagnostic', { previousResultIds, partialResultToken });
      return { parts, answer };
    } finally {
      listening.dispose();
    }
  }
}
