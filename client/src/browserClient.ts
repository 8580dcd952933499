// The language server as a web worker, bundled in dist/browserServer.js, for VS Code in a
// browser (vscode.dev, github.dev, code-server's web extension host).

import * as vscode from 'vscode';
import { BrowserMessageReader, BrowserMessageWriter, LanguageClient, type MessageTransports } from 'vscode-languageclient/browser';
import type { ClientFactory } from './server';

/** The browser's Worker (the project is typed with Node's globals, not a browser's). */
declare const Worker: new (url: string, options?: { name?: string }) => ConstructorParameters<typeof BrowserMessageReader>[0];

/**
 * A URL the browser can start the worker from. VS Code starts none from a `vscode-remote:`
 * location (an extension installed in code-server or another remote): there the script is
 * read through the editor's file system into a blob, once.
 */
function workerUrl(script: vscode.Uri): () => Promise<string> {
  let url: Promise<string> | undefined;
  return () =>
    (url ??=
      script.scheme === 'vscode-remote'
        ? Promise.resolve(vscode.workspace.fs.readFile(script)).then((bytes) => URL.createObjectURL(new Blob([bytes], { type: 'text/javascript' })))
        : Promise.resolve(script.toString(true)));
}

export const browserClient: ClientFactory = (context, clientOptions) => {
  const url = workerUrl(vscode.Uri.joinPath(context.extensionUri, 'dist', 'browserServer.js'));
  // A new worker on every start, so that a restart starts afresh (the server closes its
  // worker on `exit`). Transports rather than the worker itself: the client recognises a
  // worker with `instanceof Worker`, which VS Code's wrapped Worker constructor fails.
  const start = async (): Promise<MessageTransports> => {
    const worker = new Worker(await url(), { name: 'NOS Author' });
    return { reader: new BrowserMessageReader(worker), writer: new BrowserMessageWriter(worker) };
  };
  // The worker cannot tell where the package is (VS Code starts it from a blob): links to
  // the rule pages need it.
  const initializationOptions = { ...(clientOptions.initializationOptions as object | undefined), packageRoot: `${context.extensionUri.toString()}/` };
  return new LanguageClient('nos', 'NOS Author', start, { ...clientOptions, initializationOptions });
};
