// The language server, started when the first NOS document opens (the extension also
// wakes for plain text files, to offer checking those that look like a NOS). How it starts
// depends on the platform (nodeClient.ts, browserClient.ts); what the client asks of it does not.

import type * as vscode from 'vscode';
import { ErrorAction, type BaseLanguageClient, type ErrorHandler, type LanguageClientOptions } from 'vscode-languageclient';
import { ConfigFileReader } from './configFiles';
import { SpellingFeature } from './spelling';
import { WorkspaceFiles } from './workspaceFiles';
import type { Lang } from './strings';

const SET_DOCUMENT_LANGUAGE = 'nos/setDocumentLanguage';
const DOCUMENT_LANGUAGE = 'nos/documentLanguage';

/** The platform's language client with these options: a Node process or a browser worker. */
export type ClientFactory = (context: vscode.ExtensionContext, clientOptions: LanguageClientOptions) => BaseLanguageClient;

export function createClient(context: vscode.ExtensionContext, newClient: ClientFactory): BaseLanguageClient {
  let restarts: ErrorHandler | undefined;
  const clientOptions: LanguageClientOptions = {
    documentSelector: [{ language: 'nos' }],
    synchronize: { configurationSection: 'nos' },
    diagnosticPullOptions: { onChange: true, onSave: true },
    // A message that cannot reach a server that has just died (EPIPE) is only logged: by
    // default the fourth such error stops the client, and then the server's exit no longer
    // starts a new one, which is what a writer typing on a busy machine saw after a crash.
    // The exit decides, as by default: a new server, unless five crashed within three minutes.
    errorHandler: {
      error: () => ({ action: ErrorAction.Continue, handled: true }),
      closed: () => (restarts ??= client.createDefaultErrorHandler()).closed(),
    },
  };
  const client = newClient(context, clientOptions);
  client.registerFeature(new ConfigFileReader(client));
  client.registerFeature(new SpellingFeature(client, context.globalState));
  client.registerFeature(new WorkspaceFiles(client, context.extension.packageJSON));
  return client;
}

/** Tells the server the language chosen for a document ('auto': detect it again). */
export function sendDocumentLanguage(client: BaseLanguageClient, uri: vscode.Uri, language: Lang | 'auto'): Promise<void> {
  return client.sendNotification(SET_DOCUMENT_LANGUAGE, { uri: uri.toString(), language });
}

/** The language the server checks a document in. */
export async function documentLanguage(client: BaseLanguageClient, uri: vscode.Uri): Promise<Lang> {
  const language = await client.sendRequest<Lang | null>(DOCUMENT_LANGUAGE, { uri: uri.toString() });
  return language ?? 'en';
}
