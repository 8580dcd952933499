import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { codeOf, diagnosticsWhen, nosDiagnostics, withCode } from './helpers/diagnostics';
import { closeAllEditors, copyOfDraft, show, showCheckedCopy } from './helpers/drafts';
import { until } from './helpers/wait';

const textWhen = (what: string, accept: () => boolean) => until(what, [vscode.workspace.onDidChangeTextDocument], accept);

/** A new file in the drafts folder holding `text`, shown in an editor. */
async function showNew(name: string, text: string): Promise<vscode.TextEditor> {
  const folder = vscode.workspace.workspaceFolders![0].uri;
  const uri = vscode.Uri.joinPath(folder, name);
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
  return show(uri);
}

/** Types `text` at the end of line `line` (0-based) as the keyboard does. */
async function typeAtEnd(editor: vscode.TextEditor, line: number, text: string): Promise<void> {
  const end = editor.document.lineAt(line).range.end;
  editor.selection = new vscode.Selection(end, end);
  await vscode.commands.executeCommand('type', { text });
}

/** Presses Enter in the quick pick that `shown` opens, once it is open; resolves as `shown` does. */
async function enterInPicker<T>(shown: Thenable<T>): Promise<T> {
  let open = true;
  const answer = Promise.resolve(shown).finally(() => (open = false));
  while (open) {
    await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return answer;
}

const LIST = 'Plan work\nURN: CFAPLAN1\nOverview\nThis standard is about planning work.\nPerformance criteria\nYou must be able to:\n';
const TAIL = '\nKnowledge and understanding\nYou need to know and understand:\n1. how to plan\n';
let files = 0;

suite('writing prose', () => {
  teardown(closeAllEditors);

  test('[nos] defaults: no word-based suggestions, Enter never accepts one, on-type formatting, no-break spaces and typographic apostrophes allowed', () => {
    const editor = vscode.workspace.getConfiguration('editor', { languageId: 'nos' });
    assert.equal(editor.get('wordBasedSuggestions'), 'off');
    assert.equal(editor.get('acceptSuggestionOnEnter'), 'off');
    assert.equal(editor.get('formatOnType'), true);
    assert.deepEqual(editor.get('unicodeHighlight.allowedCharacters'), { '\u00a0': true });
    // Prose, as in plain text and Markdown: "o’r" is Welsh, not a character to be wary of.
    assert.equal(editor.get('unicodeHighlight.ambiguousCharacters'), false);
  });

  test('typing a sentence and Enter starts a new line with the words as typed', async () => {
    const editor = await showNew(`prose-${++files}.nos.txt`, `${LIST}1. help the customer${TAIL}`);
    const line = 6;
    await typeAtEnd(editor, line, ' and help the custom');
    await vscode.commands.executeCommand('editor.action.triggerSuggest');
    await vscode.commands.executeCommand('type', { text: '\n' });
    await textWhen('the next item', () => editor.document.lineAt(line + 1).text === '2. ');
    assert.equal(editor.document.lineAt(line).text, '1. help the customer and help the custom');
  });

  for (const [style, first, second, next] of [['1.', '1. plan work', '2. check work', '3. '], ['P1', 'P1 plan work', 'P2 check work', 'P3 ']]) {
    test(`Enter continues a "${style}" list and ends it on an empty item`, async () => {
      const editor = await showNew(`list-${++files}.nos.txt`, `${LIST}${first}\n${second}${TAIL}`);
      const { document } = editor;
      await typeAtEnd(editor, 7, '\n');
      await textWhen(`"${next}" on the new line`, () => document.lineAt(8).text === next);
      assert.deepEqual(editor.selection.active, new vscode.Position(8, next.length));
      await vscode.commands.executeCommand('type', { text: '\n' });
      await textWhen('the empty item to go', () => document.lineAt(8).text === '' && document.lineAt(9).text === 'Knowledge and understanding');
      assert.equal(editor.selection.active.line, 8);
    });
  }

  test('"Insert the missing section" leaves a "1. " item, the cursor after it, and no new finding', async () => {
    const lines = (await vscode.workspace.fs.readFile(await copyOfDraft('002'))).toString().split('\n');
    const start = lines.indexOf('Meini prawf perfformiad');
    const end = lines.findIndex((l, i) => i > start && l.startsWith('Gwybodaeth'));
    const editor = await showNew(`section-${++files}.nos.txt`, [...lines.slice(0, start), ...lines.slice(end)].join('\n'));
    const { document } = editor;
    const before = await diagnosticsWhen(document.uri, 'the missing section', (d) => d.some((x) => x.message.includes('Meini prawf perfformiad')));
    const missing = before.find((d) => d.message.includes('Meini prawf perfformiad'))!;
    assert.ok(missing.range.isEmpty, 'the finding underlines no text');
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', document.uri, missing.range);
    const insert = actions.find((a) => a.title === 'Mewnosod “Meini prawf perfformiad”')!;
    assert.ok(await vscode.workspace.applyEdit(insert.edit!));
    const at = document.getText().split('\n').indexOf('1. ');
    assert.equal(document.lineAt(at - 2).text, 'Meini prawf perfformiad');
    assert.deepEqual(editor.selection.active, new vscode.Position(at, 3));
    const after = await diagnosticsWhen(document.uri, 'the section to be found', (d) => !d.some((x) => x.message.includes('Meini prawf perfformiad')));
    assert.deepEqual(after.map(codeOf).sort(), before.filter((d) => d !== missing).map(codeOf).sort());
  });

  test("one action removes every empty optional heading: draft 000's six, in four findings", async () => {
    const { document } = await showCheckedCopy('000');
    const empty = withCode(nosDiagnostics(document.uri), 'empty-section');
    // Cwmpas/ystod's finding speaks for its two empty sub-headings.
    assert.equal(empty.length, 4);
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', document.uri, empty[1].range);
    assert.deepEqual(actions.map((a) => a.title), ['Tynnu\'r pennawd gwag “Gwerthoedd”', 'Tynnu pob pennawd dewisol gwag (4)']);
    assert.ok(await vscode.workspace.applyEdit(actions[1].edit!));
    await diagnosticsWhen(document.uri, 'no empty-section finding', (d) => withCode(d, 'empty-section').length === 0);
    for (const heading of ['Cwmpas/ystod', 'Gwerthoedd', 'Sgiliau']) assert.ok(!document.getText().split('\n').includes(heading), heading);
  });

  test('"NOS: Fix all safe problems" with nothing to fix says so in the document\'s language', async () => {
    // Draft 003's findings (a broken item, a misspelt label, missing parts) have no safe fix.
    await showCheckedCopy('003');
    assert.equal(await vscode.commands.executeCommand('nos.fixAll'), "Dim byd i'w drwsio");
  });

  test('a new empty file shows one information finding, in the language chosen for it', async () => {
    const { document } = await showNew(`new-${++files}.nos.txt`, '');
    const [hint] = await diagnosticsWhen(document.uri, 'the hint', (d) => d.length > 0);
    assert.deepEqual(nosDiagnostics(document.uri).map((d) => [codeOf(d), d.severity]), [['empty-document', vscode.DiagnosticSeverity.Information]]);
    assert.match(hint.message, /^This standard has no headings yet/);
    await vscode.commands.executeCommand('nos.chooseLanguage', document.uri, 'cy');
    await diagnosticsWhen(document.uri, 'the Welsh hint', (d) => d.length === 1 && d[0].message.startsWith('Nid oes penawdau'));
    await vscode.commands.executeCommand('nos.chooseLanguage', document.uri, 'auto');
    await diagnosticsWhen(document.uri, 'the English hint again', (d) => d.length === 1 && d[0].message.startsWith('This standard'));
    const welsh = await showNew(`newydd-${++files}.cy.nos.txt`, '');
    await diagnosticsWhen(welsh.document.uri, 'the Welsh hint of a .cy file', (d) => d.length === 1 && d[0].message.startsWith('Nid oes penawdau'));
  });

  test('the language picker starts on the language chosen for the document, so Enter keeps it', async () => {
    const { document } = await showCheckedCopy('001');
    await vscode.commands.executeCommand('nos.chooseLanguage', document.uri, 'cy');
    assert.equal(await enterInPicker(vscode.commands.executeCommand('nos.chooseLanguage', document.uri)), 'cy');
    await vscode.commands.executeCommand('nos.chooseLanguage', document.uri, 'auto');
    assert.equal(await enterInPicker(vscode.commands.executeCommand('nos.chooseLanguage', document.uri)), 'auto');
  });

  test('"NOS: New standard (Cymraeg)" opens the Welsh skeleton with its tab stops', async () => {
    await vscode.commands.executeCommand('nos.newStandard.cy');
    const editor = vscode.window.activeTextEditor!;
    assert.equal(editor.document.languageId, 'nos');
    assert.equal(editor.document.uri.scheme, 'untitled');
    assert.equal(editor.document.getText(editor.selection), 'Teitl y safon, yn dechrau â berfenw');
    assert.match(editor.document.getText(), /\nTrosolwg\n[\s\S]*\nMeini prawf perfformiad\n/);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });
});
