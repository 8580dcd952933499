// The language the extension speaks: `nos.messagesLanguage` when it names one, else the
// language the document is checked in (asked of the server), else a fallback (VS Code's
// display language, or what a plain text file looks like).

import * as vscode from 'vscode';
import type { BaseLanguageClient as LanguageClient } from 'vscode-languageclient';
import { documentLanguage } from './server';
import type { Lang } from './strings';

export const MESSAGES_LANGUAGE = 'nos.messagesLanguage';

/** The language the setting names, or undefined for "the document's". */
export function chosenLanguage(uri?: vscode.Uri): Lang | undefined {
  const value = vscode.workspace.getConfiguration('nos', uri).get<string>('messagesLanguage');
  return value === 'en' || value === 'cy' ? value : undefined;
}

/** VS Code's display language, for what is said about no document in particular. */
export function displayLanguage(): Lang {
  return vscode.env.language === 'cy' || vscode.env.language.startsWith('cy-') ? 'cy' : 'en';
}

/** The language to speak about a NOS document in. */
export async function languageFor(client: () => Promise<LanguageClient>, uri: vscode.Uri): Promise<Lang> {
  return chosenLanguage(uri) ?? (await documentLanguage(await client(), uri).catch((): Lang => 'en'));
}
