// The language server for browsers (vscode.dev, github.dev, code-server's web extension host):
// a web worker that speaks LSP over postMessage. Everything it answers is wired in
// lsp/serve.ts, as for the Node server.

import {
  AbstractMessageReader,
  BrowserMessageReader,
  BrowserMessageWriter,
  createConnection,
  Disposable,
  ProposedFeatures,
  type DataCallback,
  type Message,
} from 'vscode-languageserver/browser';
import { serve } from './lsp/serve';

/** The worker's global scope (the project is typed with Node's globals, not a browser's). */
declare const self: ConstructorParameters<typeof BrowserMessageReader>[0] & { readonly location: { readonly href: string }; close(): void };

/**
 * The package root for links to rule pages, ending in '/', from the first message
 * (`initialize`): the client names it in `initializationOptions.packageRoot`, as a worker
 * started from a blob (VS Code starts them so) cannot know where its script came from;
 * without it, the folder above the script's own (dist/); else none.
 */
function packageRoot(first: Message): string {
  const params = (first as { params?: { initializationOptions?: { packageRoot?: unknown } | null } }).params;
  for (const [uri, base] of [[params?.initializationOptions?.packageRoot, undefined], ['..', self.location.href]] as const) {
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

/** The client's messages, held from the first one until the server listens. */
class HeldReader extends AbstractMessageReader {
  private callback: DataCallback | undefined;
  private readonly held: Message[] = [];

  receive(message: Message): void {
    if (this.callback) this.callback(message);
    else this.held.push(message);
  }

  listen(callback: DataCallback): Disposable {
    this.callback = callback;
    for (const message of this.held.splice(0)) callback(message);
    return Disposable.create(() => (this.callback = undefined));
  }

  error(error: Error): void {
    this.fireError(error);
  }

  close(): void {
    this.fireClose();
  }
}

const port = new BrowserMessageReader(self);
let reader: HeldReader | undefined;
port.onError((error) => reader?.error(error));
port.onClose(() => reader?.close());
port.listen((message) => {
  if (reader) return reader.receive(message);
  // The server is wired once the first message has named the package root.
  reader = new HeldReader();
  reader.receive(message);
  const connection = createConnection(ProposedFeatures.all, reader, new BrowserMessageWriter(self));
  // As a process exits on `exit`; the client starts a new worker to restart.
  connection.onExit(() => self.close());
  serve(connection, packageRoot(message));
});
