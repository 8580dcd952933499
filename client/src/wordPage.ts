// The page that opens for a .docx instead of VS Code's binary-file screen. On the desktop it
// offers to import it (see word.ts); in the browser, where the conversions cannot run, it says
// where they can.

import * as vscode from 'vscode';
import { WORD } from '../../server/src/word/messages';

const VIEW_TYPE = 'nos.wordImport';

const escape = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** What the import does, in both languages, and its button; or, without the import, where to find it. */
function page(name: string, canImport: boolean, cspSource: string, nonce: string): string {
  const both = (text: { en: string; cy: string }) => `<p lang="en">${escape(text.en)}</p><p lang="cy">${escape(text.cy)}</p>`;
  const action = canImport
    ? `<button id="convert"><span lang="en">${escape(WORD.importButton.en)}</span> · <span lang="cy">${escape(WORD.importButton.cy)}</span></button>
<script nonce="${nonce}">const vscode = acquireVsCodeApi(); document.getElementById('convert').addEventListener('click', () => vscode.postMessage('convert'));</script>`
    : both(WORD.desktopOnly);
  return `<!DOCTYPE html>
<html><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src ${cspSource} 'unsafe-inline'; script-src 'nonce-${nonce}';">
<style>body{font-family:var(--vscode-font-family);max-width:42em;padding:1em 2em}button{font:inherit;padding:.4em 1em;color:var(--vscode-button-foreground);background:var(--vscode-button-background);border:none;cursor:pointer}button:hover{background:var(--vscode-button-hoverBackground)}</style>
</head><body>
<h1>${escape(name)}</h1>
<h2><span lang="en">${escape(WORD.pageTitle.en)}</span> · <span lang="cy">${escape(WORD.pageTitle.cy)}</span></h2>
${both(WORD.pageText)}
${action}
</body></html>`;
}

class WordPage implements vscode.CustomReadonlyEditorProvider {
  constructor(private readonly canImport: boolean) {}

  openCustomDocument(uri: vscode.Uri): vscode.CustomDocument {
    return { uri, dispose: () => undefined };
  }

  resolveCustomEditor(document: vscode.CustomDocument, panel: vscode.WebviewPanel): void {
    panel.webview.options = { enableScripts: this.canImport };
    const name = document.uri.path.slice(document.uri.path.lastIndexOf('/') + 1);
    panel.webview.html = page(name, this.canImport, panel.webview.cspSource, crypto.randomUUID());
    panel.webview.onDidReceiveMessage((message) => {
      if (message === 'convert') void vscode.commands.executeCommand('nos.importWord', document.uri);
    });
  }
}

export function registerWordPage(canImport: boolean): vscode.Disposable {
  return vscode.window.registerCustomEditorProvider(VIEW_TYPE, new WordPage(canImport), { supportsMultipleEditorsPerDocument: true });
}

/** The browser's share of Word documents: the page, without the import. */
export const wordInBrowser = (): vscode.Disposable[] => [registerWordPage(false)];
