// The language server as a web worker, bundled in dist/browserServer.js, for VS Code in a
// browser (vscode.dev, github.dev, code-server's web extension host).

import * as vscode from 'vscode';
import { BrowserMessageReader, BrowserMessageWriter, LanguageClient, type MessageTransports } from 'vscode-languageclient/browser';
import type { ClientFactory } from './server';

/** The browser's Worker (the project is typed with Node's globals, not a browser's). */
declare const Worker: new (url: string, options?: { name?: string }) => ConstructorParameters<typeof BrowserMessageReader>[0];

export const browserClient: ClientFactory = (context, clientOptions) => {
  const script = vscode.Uri.joinPath(context.extensionUri, 'dist', 'browserServer.js').toString(true);
  // A new worker on every start, so that a restart starts afresh (the server closes its
  // worker on `exit`). Transports rather than the worker itself: the client recognises a
  // worker with `instanceof Worker`, which VS Code's wrapped Worker constructor fails.
  const start = async (): Promise<MessageTransports> => {
    const worker = new Worker(script, { name: 'NOS Author' });
    return { reader: new BrowserMessageReader(worker), writer: new BrowserMessageWriter(worker) };
  };
  // The worker cannot tell where the package is (VS Code starts it from a blob): links to
  // the rule pages need it.
  const initializationOptions = { ...(clientOptions.initializationOptions as object | undefined), packageRoot: `${context.extensionUri.toString()}/` };
  return new LanguageClient('nos', 'NOS Author', start, { ...clientOptions, initializationOptions });
};
