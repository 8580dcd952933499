// The language server, started when the first NOS document opens (the extension also
// wakes for plain text files, to offer checking those that look like a NOS). How it starts
// depends on the platform (nodeClient.ts, browserClient.ts); what the client asks of it does not.

import type * as vscode from 'vscode';
import type { BaseLanguageClient, LanguageClientOptions } from 'vscode-languageclient';
import { ConfigFileReader } from './configFiles';
import { WorkspaceFiles } from './workspaceFiles';
import type { Lang } from './strings';

const SET_DOCUMENT_LANGUAGE = 'nos/setDocumentLanguage';
const DOCUMENT_LANGUAGE = 'nos/documentLanguage';

/** The platform's language client with these options: a Node process or a browser worker. */
export type ClientFactory = (context: vscode.ExtensionContext, clientOptions: LanguageClientOptions) => BaseLanguageClient;

export function createClient(context: vscode.ExtensionContext, newClient: ClientFactory): BaseLanguageClient {
  const clientOptions: LanguageClientOptions = {
    documentSelector: [{ language: 'nos' }],
    synchronize: { configurationSection: 'nos' },
    diagnosticPullOptions: { onChange: true, onSave: true },
  };
  const client = newClient(context, clientOptions);
  client.registerFeature(new ConfigFileReader(client));
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
