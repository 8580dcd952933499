import * as vscode from 'vscode';
import { diagnosticsWhen } from './diagnostics';

let copies = 0;

function workspaceFolder(): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('no workspace folder: run the suite with a folder of the sample drafts');
  return folder.uri;
}

/**
 * A fresh copy of a sample draft ("001"), so that no test sees another's edits.
 * `extension` picks the language the editor gives it.
 */
export async function copyOfDraft(draft: string, extension = '.nos.txt'): Promise<vscode.Uri> {
  const folder = workspaceFolder();
  const [source] = await vscode.workspace.findFiles(new vscode.RelativePattern(folder, `${draft}_*.nos.txt`));
  if (!source) throw new Error(`sample draft ${draft} is not in ${folder.path}`);
  const target = vscode.Uri.joinPath(folder, `copy-${++copies}-${draft}${extension}`);
  await vscode.workspace.fs.copy(source, target);
  return target;
}

/** Shows the document in an editor: the client pulls diagnostics for visible documents only. */
export async function show(uri: vscode.Uri): Promise<vscode.TextEditor> {
  return vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
}

/** Shows a copy of a draft and waits for its first diagnostics. */
export async function showCheckedCopy(draft: string): Promise<vscode.TextEditor> {
  const editor = await show(await copyOfDraft(draft));
  await diagnosticsWhen(editor.document.uri, 'the first diagnostics', (diagnostics) => diagnostics.length > 0);
  return editor;
}

/** Saves what a test left dirty (every file is a copy) and closes every editor. */
export async function closeAllEditors(): Promise<void> {
  await vscode.workspace.saveAll(false);
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}
