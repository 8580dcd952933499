// The VS Code side: starts the bundled language server and registers the commands.
// All analysis happens in the server.

import * as path from 'node:path';
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
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
  client = new LanguageClient('nos', 'NOS Author', serverOptions, clientOptions);

  context.subscriptions.push(
    vscode.commands.registerCommand('nos.checkAsNos', async () => {
      const editor = vscode.window.activeTextEditor;
      if (!editor) {
        void vscode.window.showInformationMessage('Open a text file to check it as a NOS document.');
        return;
      }
      await vscode.languages.setTextDocumentLanguage(editor.document, 'nos');
    }),
    vscode.commands.registerCommand('nos.fixAll', () =>
      vscode.commands.executeCommand('editor.action.codeAction', { kind: 'source.fixAll.nos', apply: 'first' }),
    ),
    vscode.commands.registerCommand('nos.reflow', () =>
      vscode.commands.executeCommand('editor.action.codeAction', { kind: 'source.reflow.nos', apply: 'first' }),
    ),
    vscode.commands.registerCommand('nos.restartServer', () => client?.restart()),
  );
  await client.start();
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
