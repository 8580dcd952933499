// Word documents in the editor: "NOS: Import Word document…", "NOS: Export to Word", and a
// page that opens for a .docx (instead of the binary-file screen) offering the import.
// The conversions run here on the extension's Node side, from their own bundle
// (dist/word.js) loaded at the first use; the browser build does not offer them.

import * as path from 'node:path';
import * as vscode from 'vscode';
import { exists } from './fileExists';
import { chosenLanguage, displayLanguage } from './interfaceLanguage';
import type { BaseLanguageClient as LanguageClient } from 'vscode-languageclient';
import type * as Word from '../../server/src/word';
import { MAX_PACKAGE_BYTES } from '../../server/src/word/limits';
import { WORD } from '../../server/src/word/messages';
import { documentLanguage } from './server';
import { registerWordPage } from './wordPage';
import type { Lang } from './strings';

const DRAFT_EXTENSION = /(\.nos\.txt|\.nos\.md|\.nos|\.txt|\.md)$/i;

let conversions: typeof Word | undefined;

function word(context: vscode.ExtensionContext): typeof Word {
  // Required by path at run time, so the extension's own bundle stays without mammoth and docx.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return (conversions ??= require(context.asAbsolutePath(path.join('dist', 'word.js'))) as typeof Word);
}

/** The language of the extension's messages: the nos.messagesLanguage setting, else the document's, else VS Code's. */
function interfaceLanguage(scope?: vscode.Uri, documentLanguage?: Lang): Lang {
  return chosenLanguage(scope) ?? documentLanguage ?? displayLanguage();
}

function besideWithExtension(uri: vscode.Uri, from: RegExp, extension: string): vscode.Uri {
  return uri.with({ path: uri.path.replace(from, '') + extension });
}

/** The NOS text of a .docx, or undefined when it cannot be imported, after saying why. */
async function convert(context: vscode.ExtensionContext, source: vscode.Uri, lang: Lang): Promise<string | undefined> {
  const conversion = word(context);
  let reason: string;
  try {
    if ((await vscode.workspace.fs.stat(source)).size <= MAX_PACKAGE_BYTES) {
      return await conversion.importDocx(Buffer.from(await vscode.workspace.fs.readFile(source)));
    }
    reason = WORD.tooLarge[lang]({ mb: MAX_PACKAGE_BYTES >> 20 });
  } catch (error) {
    reason = error instanceof conversion.WordError ? error.text(lang) : error instanceof Error ? error.message : String(error);
  }
  void vscode.window.showErrorMessage(WORD.cannotImport[lang]({ name: path.posix.basename(source.path), reason }));
  return undefined;
}

/** Writes a file, or says why it could not be written; true when written. */
async function writeOrSay(target: vscode.Uri, data: Uint8Array, lang: Lang): Promise<boolean> {
  try {
    await vscode.workspace.fs.writeFile(target, data);
    return true;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    void vscode.window.showErrorMessage(WORD.notWritten[lang]({ name: path.posix.basename(target.path), reason }));
    return false;
  }
}

/**
 * Imports a .docx into a NOS text file beside it (draft.docx → draft.nos.txt), or where the
 * writer chooses when that file exists, and opens it, where it is checked at once.
 */
async function importWord(context: vscode.ExtensionContext, source?: vscode.Uri, target?: vscode.Uri): Promise<vscode.Uri | undefined> {
  const lang = interfaceLanguage();
  source ??= (await vscode.window.showOpenDialog({ canSelectMany: false, filters: { [WORD.wordFiles[lang]]: ['docx'] }, openLabel: WORD.chooseDocx[lang] }))?.[0];
  if (!source) return undefined;
  const text = await convert(context, source, lang);
  if (text === undefined) return undefined;
  if (!target) {
    target = besideWithExtension(source, /\.docx$/i, '.nos.txt');
    if (await exists(target)) {
      target = await vscode.window.showSaveDialog({ defaultUri: target, filters: { [WORD.nosFiles[lang]]: ['nos.txt', 'txt'] }, saveLabel: WORD.saveImport[lang] });
      if (!target) return undefined;
    }
  }
  if (!(await writeOrSay(target, Buffer.from(text, 'utf8'), lang))) return undefined;
  await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(target));
  return target;
}

/** Writes the active NOS document (or `source`) as a .docx, where the writer chooses (or `target`). */
async function exportWord(context: vscode.ExtensionContext, client: () => Promise<LanguageClient>, source?: vscode.Uri, target?: vscode.Uri): Promise<vscode.Uri | undefined> {
  const document = source ? await vscode.workspace.openTextDocument(source) : vscode.window.activeTextEditor?.document;
  if (document?.languageId !== 'nos') {
    void vscode.window.showInformationMessage(WORD.openNosFirst[interfaceLanguage()]);
    return undefined;
  }
  const language = await client().then((started) => documentLanguage(started, document.uri)).catch(() => undefined);
  const lang = interfaceLanguage(document.uri, language);
  target ??= await vscode.window.showSaveDialog({
    defaultUri: document.isUntitled ? undefined : besideWithExtension(document.uri, DRAFT_EXTENSION, '.docx'),
    filters: { [WORD.wordFiles[lang]]: ['docx'] },
    saveLabel: WORD.saveExport[lang],
  });
  if (!target) return undefined;
  const conversion = word(context);
  if (!(await writeOrSay(target, await conversion.exportDocx(conversion.parse(document.getText(), { language })), lang))) return undefined;
  void vscode.window.showInformationMessage(WORD.exported[lang]({ name: path.posix.basename(target.path) }));
  return target;
}

export function registerWord(context: vscode.ExtensionContext, client: () => Promise<LanguageClient>): vscode.Disposable[] {
  // The commands need a Node extension host. A desktop window has one (`!isWeb` in package.json);
  // a web UI such as code-server's may too, which only this build can tell: it says so here,
  // once active, and the browser build never does.
  void vscode.commands.executeCommand('setContext', 'nos.word', true);
  return [
    vscode.commands.registerCommand('nos.importWord', (source?: vscode.Uri, target?: vscode.Uri) => importWord(context, source, target)),
    vscode.commands.registerCommand('nos.exportWord', (source?: vscode.Uri, target?: vscode.Uri) => exportWord(context, client, source, target)),
    registerWordPage(true),
  ];
}
