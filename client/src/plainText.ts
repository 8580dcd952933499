// Plain text files that look like a NOS: a one-time offer to check them as NOS
// documents, and the answer (or "NOS: Check this file as a NOS document") remembered
// for the file, so it opens as NOS from then on.

import * as vscode from 'vscode';
import { looksLikeNos } from '../../server/src/core/features/looksLikeNos';
import { chosenLanguage } from './interfaceLanguage';
import type { Memory } from './memory';
import { say } from './strings';

const TEXT_FILE = /\.txt$/i;
/** Files on disk, local or remote: not diff views, output or unsaved documents. */
const SCHEMES = new Set(['file', 'vscode-remote']);

async function opened(memory: Memory, document: vscode.TextDocument): Promise<void> {
  if (document.languageId !== 'plaintext' || !SCHEMES.has(document.uri.scheme) || !TEXT_FILE.test(document.uri.path)) return;
  const choice = memory.check(document.uri);
  if (choice === 'nos') {
    await vscode.languages.setTextDocumentLanguage(document, 'nos');
    return;
  }
  if (choice !== undefined) return;
  const looks = looksLikeNos(document.getText());
  if (!looks) return;
  const lang = chosenLanguage(document.uri) ?? looks;
  // Asked once: a dismissed prompt does not come back.
  await memory.setCheck(document.uri, 'asked');
  const yes = say('checkAsNos', lang);
  const no = say('notThisFile', lang);
  const answer = await vscode.window.showInformationMessage(say('looksLikeNos', lang), yes, no);
  if (answer === no) await memory.setCheck(document.uri, 'plain');
  if (answer !== yes) return;
  await memory.setCheck(document.uri, 'nos');
  // The document may have closed while the prompt was up.
  const current = vscode.workspace.textDocuments.find((d) => d.uri.toString() === document.uri.toString());
  if (current && current.languageId === 'plaintext') await vscode.languages.setTextDocumentLanguage(current, 'nos');
}

export function watchPlainText(memory: Memory): vscode.Disposable {
  for (const document of vscode.workspace.textDocuments) void opened(memory, document);
  return vscode.workspace.onDidOpenTextDocument((document) => void opened(memory, document));
}
