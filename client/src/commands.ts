// Commands: new standards from the skeleton snippets, fix-all and reflow that say when
// there is nothing to do, and checking any text file as a NOS (remembered for the file).

import * as vscode from 'vscode';
import type { BaseLanguageClient as LanguageClient } from 'vscode-languageclient';
import type { Memory } from './memory';
import { chosenLanguage, displayLanguage, languageFor } from './interfaceLanguage';
import { say, type Lang } from './strings';

const FIX_ALL = vscode.CodeActionKind.SourceFixAll.append('nos');
const REFLOW = vscode.CodeActionKind.Source.append('reflow.nos');

interface Snippet {
  prefix: string | string[];
  body: string | string[];
}

/** The body of the snippet with `prefix`, from the snippets the extension contributes. */
async function snippetBody(context: vscode.ExtensionContext, prefix: string): Promise<string> {
  const file = vscode.Uri.joinPath(context.extensionUri, 'snippets', 'nos.code-snippets');
  const snippets = JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(file))) as Record<string, Snippet>;
  const snippet = Object.values(snippets).find((s) => ([] as string[]).concat(s.prefix).includes(prefix));
  if (!snippet) throw new Error(`no snippet ${prefix}`);
  return ([] as string[]).concat(snippet.body).join('\n');
}

/** Opens an untitled NOS document holding the skeleton, its tab stops ready to fill in. */
async function newStandard(context: vscode.ExtensionContext, lang: Lang): Promise<void> {
  const document = await vscode.workspace.openTextDocument({ language: 'nos', content: '' });
  const editor = await vscode.window.showTextDocument(document);
  await editor.insertSnippet(new vscode.SnippetString(await snippetBody(context, `nos-${lang}`)));
}

/**
 * Applies the server's source action of `kind` to the active document, or says there is
 * nothing to do in the language of its messages, rather than VS Code's "No code actions
 * for … available". Resolves with what it said, if anything.
 */
async function sourceAction(client: () => Promise<LanguageClient>, kind: vscode.CodeActionKind, nothing: 'nothingToFix' | 'nothingToReflow'): Promise<string | undefined> {
  const document = vscode.window.activeTextEditor?.document;
  if (document?.languageId !== 'nos') return undefined;
  const whole = new vscode.Range(0, 0, document.lineCount, 0);
  const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', document.uri, whole, kind.value);
  const edit = actions?.find((action) => action.edit && action.edit.size > 0)?.edit;
  if (edit) {
    await vscode.workspace.applyEdit(edit);
    return undefined;
  }
  const message = say(nothing, await languageFor(client, document.uri));
  void vscode.window.showInformationMessage(message);
  return message;
}

export function registerCommands(context: vscode.ExtensionContext, memory: Memory, client: () => Promise<LanguageClient>): vscode.Disposable[] {
  return [
    vscode.commands.registerCommand('nos.checkAsNos', async () => {
      const editor = vscode.window.activeTextEditor;
      if (!editor) {
        void vscode.window.showInformationMessage(say('openFile', chosenLanguage() ?? displayLanguage()));
        return;
      }
      await memory.setCheck(editor.document.uri, 'nos');
      await vscode.languages.setTextDocumentLanguage(editor.document, 'nos');
    }),
    vscode.commands.registerCommand('nos.fixAll', () => sourceAction(client, FIX_ALL, 'nothingToFix')),
    vscode.commands.registerCommand('nos.reflow', () => sourceAction(client, REFLOW, 'nothingToReflow')),
    vscode.commands.registerCommand('nos.newStandard.en', () => newStandard(context, 'en')),
    vscode.commands.registerCommand('nos.newStandard.cy', () => newStandard(context, 'cy')),
  ];
}
