// The extension's entry point in desktop VS Code and on a remote's extension host: the
// language server runs as a Node process.

import type * as vscode from 'vscode';
import { activateWith } from './extension';
import { nodeClient } from './nodeClient';

export function activate(context: vscode.ExtensionContext): void {
  activateWith(context, nodeClient);
}

export { deactivate } from './extension';
