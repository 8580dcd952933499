// A test client that answers the server's workspace-file requests as the VS Code
// extension does (client/src/workspaceFiles.ts, client/src/configFiles.ts), from files
// held in memory: it lists the files named like NOS files and those the globs sent with
// the request match, and reads `.nosrc.json` files.

import { randomUUID } from 'node:crypto';
import picomatch from 'picomatch/posix';
import { WorkspaceDiagnosticRequest, type InitializeResult } from 'vscode-languageserver-protocol';
import { TestClient } from './client';

/** The `nos` language's extensions (package.json). */
const NOS_NAME = /\.(nos|nos\.txt|nos\.md)$/;

interface WorkspaceReport {
  items: Array<{ kind: string; uri: string; resultId?: string; items?: Array<{ code?: unknown; message: string; range: unknown; relatedInformation?: Array<{ location: { uri: string } }> }> }>;
}

export class WorkspaceClient extends TestClient {
  /** The workspace's files: URI → text. */
  readonly files = new Map<string, string>();
  reads = 0;
  /** Reads of the `.nosrc.json` at the folder's root. */
  configReads = 0;
  /** The globs sent with each listing. */
  readonly listings: Array<Array<{ baseUri: string; pattern: string }>> = [];

  /** `files`: the workspace's files to begin with, URI → text. */
  constructor(readonly folder: string, files: Record<string, string> = {}) {
    super();
    for (const [uri, text] of Object.entries(files)) this.files.set(uri, text);
    this.connection.onRequest('nos/workspaceFiles', (params: { patterns?: Array<{ baseUri: string; pattern: string }> }) => {
      const patterns = params?.patterns ?? [];
      this.listings.push(patterns);
      const globs = patterns.map(({ baseUri, pattern }) => ({ baseUri, matches: picomatch(pattern, { dot: true }) }));
      const listed = (uri: string) => NOS_NAME.test(uri) || globs.some(({ baseUri, matches }) => uri.startsWith(`${baseUri}/`) && matches(uri.slice(baseUri.length + 1)));
      return { uris: [...this.files.keys()].filter(listed) };
    });
    this.connection.onRequest('nos/readWorkspaceFile', (params: { uri: string }) => {
      this.reads++;
      return this.files.get(params.uri) ?? null;
    });
    this.connection.onRequest('nos/readConfigFile', (params: { uri: string }) => {
      if (params.uri === `${this.folder}/.nosrc.json`) this.configReads++;
      return params.uri.endsWith('/.nosrc.json') ? this.files.get(params.uri) ?? null : null;
    });
    this.connection.onRequest('workspace/workspaceFolders', () => [{ uri: this.folder, name: 'suite' }]);
  }

  initializeWorkspace(): Promise<InitializeResult> {
    return this.connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: this.folder,
      workspaceFolders: [{ uri: this.folder, name: 'suite' }],
      capabilities: {
        experimental: { nosWorkspaceFiles: true, nosConfigFiles: true },
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

  /** Writes, changes or deletes (text null) the `.nosrc.json` at the folder's root, and tells the server as the client's watcher does. */
  async writeConfig(text: string | null): Promise<void> {
    const uri = `${this.folder}/.nosrc.json`;
    if (text === null) this.files.delete(uri);
    else this.files.set(uri, text);
    await this.connection.sendNotification('nos/workspaceFilesChanged', { changes: [], configChanged: true });
  }

  /** Resolves once the server has read the `.nosrc.json` at the folder's root `count` times in all. */
  async configRead(count: number): Promise<void> {
    while (this.configReads < count) await new Promise((resolve) => setTimeout(resolve, 10));
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
