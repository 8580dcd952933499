// The VS Code side: registers the commands, the language status item and the offer to
// check plain text files that look like a NOS, and starts the bundled language server
// once a NOS document is open. All analysis happens in the server. The same on every
// platform: the entry points (nodeExtension.ts, browserExtension.ts) say how the server starts.

import * as vscode from 'vscode';
import { State, type BaseLanguageClient as LanguageClient } from 'vscode-languageclient';
import { registerCommands } from './commands';
import { LanguageStatus } from './languageStatus';
import { Memory } from './memory';
import { registerOtherLanguage } from './otherLanguage';
import { watchPlainText } from './plainText';
import { createClient, type ClientFactory } from './server';

let client: LanguageClient | undefined;
let started: Promise<LanguageClient> | undefined;

/** What only one platform offers (Word documents on Node), given the way to the started client. */
export type PlatformFeatures = (context: vscode.ExtensionContext, client: () => Promise<LanguageClient>) => vscode.Disposable[];

export function activateWith(context: vscode.ExtensionContext, newClient: ClientFactory, platform: PlatformFeatures = () => []): void {
  const memory = new Memory(context.globalState);
  const start = (): Promise<LanguageClient> => {
    if (!started) {
      const created = (client = createClient(context, newClient));
      // A server started again (after a crash, or by NOS: Restart server) has not been told
      // the languages chosen by hand; the first one is told as each document opens.
      let runs = 0;
      context.subscriptions.push(
        created.onDidChangeState(({ newState }) => {
          if (newState !== State.Running || ++runs === 1) return;
          for (const document of vscode.workspace.textDocuments) if (document.languageId === 'nos') void status.restore(created, document);
        }),
      );
      started = created.start().then(() => created);
    }
    return started;
  };
  const status = new LanguageStatus(start, memory);
  const onNos = async (document: vscode.TextDocument) => {
    if (document.languageId !== 'nos') return;
    await status.restore(await start(), document);
  };

  context.subscriptions.push(
    status,
    ...registerCommands(context, memory, start),
    registerOtherLanguage(start),
    vscode.commands.registerCommand('nos.restartServer', async () => {
      await client?.stop();
      await client?.start();
    }),
    watchPlainText(memory),
    ...platform(context, start),
    vscode.workspace.onDidOpenTextDocument((document) => void onNos(document)),
  );
  for (const document of vscode.workspace.textDocuments) void onNos(document);
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
  started = undefined;
}
