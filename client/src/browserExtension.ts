// The extension's entry point in VS Code for the browser (package.json `browser`): the
// language server runs as a web worker.

import type * as vscode from 'vscode';
import { browserClient } from './browserClient';
import { activateWith } from './extension';

export function activate(context: vscode.ExtensionContext): void {
  activateWith(context, browserClient);
}

export { deactivate } from './extension';
