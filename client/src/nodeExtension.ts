// The extension's entry point in desktop VS Code and on a remote's extension host: the
// language server runs as a Node process, and Word documents can be imported and exported.

import type * as vscode from 'vscode';
import { activateWith } from './extension';
import { nodeClient } from './nodeClient';
import { registerWord } from './word';

export function activate(context: vscode.ExtensionContext): void {
  activateWith(context, nodeClient, registerWord);
}

export { deactivate } from './extension';
