// One didChange carrying tens of thousands of changes (Replace All in a 1.8 MB draft, with
// lines or all on one), sent bottom up as VS Code sends them and top down as other clients
// may: the server applies them in one pass, so it answers well within the test's timeout
// (applied one by one they took minutes), and it holds exactly the text the replacements make.

import * as assert from 'node:assert/strict';
import type { TextDocumentContentChangeEvent } from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyse, outline } from '../../server/src/core';
import { DiagnosticEncoder } from '../../server/src/shared/diagnostic';
import { toDocumentSymbol } from '../../server/src/lsp/features';
import { sample } from '../unit/helpers/fixtures';
import { serverPerTest } from './abuse';

const URI = 'file:///drafts/replace-all.nos.txt';
const plain = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

/** Every match of `pattern` replaced, as changes in the coordinates each one meets. */
function replaceAll(text: string, pattern: RegExp, replacement: string, order: 'bottom-up' | 'top-down'): TextDocumentContentChangeEvent[] {
  const document = TextDocument.create(URI, 'nos', 1, text);
  const matches = [...text.matchAll(pattern)].map((m) => ({ at: m.index, length: m[0].length }));
  if (order === 'bottom-up') {
    return matches.reverse().map(({ at, length }) => ({ range: { start: document.positionAt(at), end: document.positionAt(at + length) }, text: replacement }));
  }
  // Top down: a match moves along its line by what the replacements before it on that line added.
  let line = -1;
  let shift = 0;
  return matches.map(({ at, length }) => {
    const start = document.positionAt(at);
    const end = document.positionAt(at + length);
    if (start.line !== line) [line, shift] = [start.line, 0];
    const range = { start: { line, character: start.character + shift }, end: { line: end.line, character: end.character + shift } };
    shift += replacement.length - length;
    return { range, text: replacement };
  });
}

describe('language server: one change notification with many changes', function () {
  this.timeout(30_000);
  const server = serverPerTest();

  const drafts = {
    'in a 1.8 MB draft': sample('002').repeat(400),
    // PDF text pasted as one line: the matches are all on it.
    'on the one line of a 1.8 MB draft': sample('002').replace(/\n/g, ' ').repeat(400),
  };
  for (const [where, text] of Object.entries(drafts)) for (const order of ['bottom-up', 'top-down'] as const) {
    it(`applies a Replace All of 40,000+ matches ${where}, sent ${order}`, async () => {
      const client = server();
      const pattern = /\b(a|i|y)\b/g;
      const changes = replaceAll(text, pattern, 'yr', order);
      assert.ok(changes.length > 40_000, `${changes.length} changes`);
      await client.open(URI, text);
      await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri: URI, version: 2 }, contentChanges: changes });
      const analysis = analyse(text.replace(pattern, 'yr'));
      // The rule pages' links depend on where the server is installed: compared apart (rule-pages.test.ts).
      const unlinked = (items: object[]) => items.map(({ codeDescription: _, ...rest }: { codeDescription?: unknown }) => rest);
      const encoder = new DiagnosticEncoder('file:///');
      assert.deepEqual(unlinked(await client.diagnosticItems(URI)), unlinked(plain(analysis.findings.map((f) => encoder.encode(f)))));
      assert.deepEqual(await client.symbols(URI), plain(outline(analysis.doc).map(toDocumentSymbol)));
    });
  }
});
