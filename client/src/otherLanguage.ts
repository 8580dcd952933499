// "NOS: Open the other language": asks the server for the current document's other
// language version and the place there matching the cursor, and opens it beside (or goes
// to the editor already showing it). While the server has no workspace index it asks for
// the workspace's NOS files, which are read here (open documents with their current text).
// The server words what is said when there is no other version, in the document's language.

import * as vscode from 'vscode';
import type { BaseLanguageClient as LanguageClient } from 'vscode-languageclient';

const OTHER_LANGUAGE = 'nos/otherLanguage';
/** The files the language contributes (package.json), and no more than this many of them. */
const NOS_FILES = '**/*.{nos,nos.txt,nos.md}';
const MAX_FILES = 5000;

type Answer = { uri: string; range: { start: { line: number; character: number } } } | { message: string } | { candidatesWanted: true } | null;

async function workspaceNosFiles(except: vscode.Uri): Promise<Array<{ uri: string; text: string }>> {
  const open = new Map(vscode.workspace.textDocuments.map((document) => [document.uri.toString(), document]));
  const uris = await vscode.workspace.findFiles(NOS_FILES, undefined, MAX_FILES);
  const decoder = new TextDecoder();
  const files = await Promise.all(uris.filter((uri) => uri.toString() !== except.toString()).map(async (uri) => {
    const document = open.get(uri.toString());
    try {
      return { uri: uri.toString(), text: document ? document.getText() : decoder.decode(await vscode.workspace.fs.readFile(uri)) };
    } catch {
      return null; // Gone or unreadable since it was listed: not a twin.
    }
  }));
  return files.filter((file) => file !== null);
}

/** Shows the other version beside the editor, or where it is shown; resolves with the editor, or with what was said instead. */
export async function openOtherLanguage(client: LanguageClient): Promise<vscode.TextEditor | string | undefined> {
  const editor = vscode.window.activeTextEditor;
  if (editor?.document.languageId !== 'nos') return undefined;
  const { document, selection } = editor;
  const params = { textDocument: { uri: document.uri.toString() }, position: selection.active };
  let answer = await client.sendRequest<Answer>(OTHER_LANGUAGE, params);
  if (answer && 'candidatesWanted' in answer) {
    answer = await client.sendRequest<Answer>(OTHER_LANGUAGE, { ...params, candidates: await workspaceNosFiles(document.uri) });
  }
  if (!answer || 'candidatesWanted' in answer) return undefined;
  if ('message' in answer) {
    void vscode.window.showInformationMessage(answer.message);
    return answer.message;
  }
  const { line, character } = answer.range.start;
  const at = new vscode.Position(line, character);
  const twin = await vscode.workspace.openTextDocument(vscode.Uri.parse(answer.uri));
  // Writers run this back and forth between the two versions: where the other one is
  // already shown, go to that editor, as opening beside again would add a column each time.
  const shown = vscode.window.visibleTextEditors.find((visible) => visible.document.uri.toString() === twin.uri.toString());
  const viewColumn = shown?.viewColumn ?? vscode.ViewColumn.Beside;
  const opened = await vscode.window.showTextDocument(twin, { viewColumn, selection: new vscode.Selection(at, at) });
  opened.revealRange(new vscode.Range(at, at), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  return opened;
}

export function registerOtherLanguage(client: () => Promise<LanguageClient>): vscode.Disposable {
  return vscode.commands.registerCommand('nos.openOtherLanguage', async () => openOtherLanguage(await client()));
}
