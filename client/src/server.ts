// The language server, started when the first NOS document opens (the extension also
// wakes for plain text files, to offer checking those that look like a NOS).

import * as path from 'node:path';
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { ConfigFileReader } from './configFiles';
import { WorkspaceFiles } from './workspaceFiles';
import type { Lang } from './strings';

const SET_DOCUMENT_LANGUAGE = 'nos/setDocumentLanguage';
const DOCUMENT_LANGUAGE = 'nos/documentLanguage';

export function createClient(context: vscode.ExtensionContext): LanguageClient {
  const module = context.asAbsolutePath(path.join('dist', 'server.js'));
  // stdio, where the server encodes each diagnostic once for all the reports it is in.
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.stdio },
    debug: { module, transport: TransportKind.stdio, options: { execArgv: ['--nolazy', '--inspect=6019'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [{ language: 'nos' }],
    synchronize: { configurationSection: 'nos' },
    diagnosticPullOptions: { onChange: true, onSave: true },
  };
  const client = new LanguageClient('nos', 'NOS Author', serverOptions, clientOptions);
  client.registerFeature(new ConfigFileReader(client));
  client.registerFeature(new WorkspaceFiles(client, context.extension.packageJSON));
  return client;
}

/** Tells the server the language chosen for a document ('auto': detect it again). */
export function sendDocumentLanguage(client: LanguageClient, uri: vscode.Uri, language: Lang | 'auto'): Promise<void> {
  return client.sendNotification(SET_DOCUMENT_LANGUAGE, { uri: uri.toString(), language });
}

/** The language the server checks a document in. */
export async function documentLanguage(client: LanguageClient, uri: vscode.Uri): Promise<Lang> {
  const language = await client.sendRequest<Lang | null>(DOCUMENT_LANGUAGE, { uri: uri.toString() });
  return language ?? 'en';
}
