// The language server for browsers (vscode.dev, github.dev, code-server's web extension host):
// a web worker that speaks LSP over postMessage. Everything it answers is wired in
// lsp/serve.ts, as for the Node server.

import { BrowserMessageReader, BrowserMessageWriter, createConnection, ProposedFeatures, type InitializeParams } from 'vscode-languageserver/browser';
import { serve } from './lsp/serve';

/** The worker's global scope (the project is typed with Node's globals, not a browser's). */
declare const self: ConstructorParameters<typeof BrowserMessageReader>[0] & { readonly location: { readonly href: string }; close(): void };

/**
 * The package root for links to rule pages, ending in '/': the client names it (a worker
 * started from a blob, as VS Code starts them, cannot know where its script came from);
 * without it, the folder above the script's own (dist/).
 */
function packageRoot(params: InitializeParams): string {
  const named: unknown = (params.initializationOptions as { packageRoot?: unknown } | null | undefined)?.packageRoot;
  for (const [uri, base] of [[named, undefined], ['..', self.location.href]] as const) {
    if (typeof uri !== 'string') continue;
    try {
      const root = new URL(uri, base).href;
      return root.endsWith('/') ? root : `${root}/`;
    } catch {
      // Not a URL, or a blob's location: try the next.
    }
  }
  return '';
}

const connection = createConnection(ProposedFeatures.all, new BrowserMessageReader(self), new BrowserMessageWriter(self));
// As a process exits on `exit`; the client starts a new worker to restart.
connection.onExit(() => self.close());
serve(connection, packageRoot);
