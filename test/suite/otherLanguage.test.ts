import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { diagnosticsWhen } from './helpers/diagnostics';
import { closeAllEditors, copyOfDraft, show } from './helpers/drafts';

// The pair fixture: draft 001 and its English twin, in a folder of their own so that the
// copies of 001 other tests make are not candidates in the same folder.
const TWIN = path.join(__dirname, '..', '..', 'test', 'fixtures', 'pairs', '001_34a9c3b36a3c870e.en.nos.txt');

suite('NOS: Open the other language', () => {
  let folder: vscode.Uri;
  let welsh: vscode.Uri;
  let english: vscode.Uri;

  suiteSetup(async () => {
    const root = vscode.workspace.workspaceFolders![0].uri;
    folder = vscode.Uri.joinPath(root, 'pair');
    welsh = vscode.Uri.joinPath(folder, '001_34a9c3b36a3c870e.nos.txt');
    english = vscode.Uri.joinPath(folder, '001_34a9c3b36a3c870e.en.nos.txt');
    await vscode.workspace.fs.createDirectory(folder);
    const [sample] = await vscode.workspace.findFiles(new vscode.RelativePattern(root, '001_*.nos.txt'));
    await vscode.workspace.fs.copy(sample, welsh);
    await vscode.workspace.fs.writeFile(english, readFileSync(TWIN));
  });

  teardown(closeAllEditors);

  suiteTeardown(() => vscode.workspace.fs.delete(folder, { recursive: true }));

  /** Shows the file with the cursor on the line that starts (after spaces) with `start`, once checked. */
  async function showAt(uri: vscode.Uri, start: string): Promise<vscode.TextEditor> {
    return cursorAt(await show(uri), start);
  }

  /** Puts the cursor of a checked editor on the line that starts (after spaces) with `start`. */
  async function cursorAt(editor: vscode.TextEditor, start: string): Promise<vscode.TextEditor> {
    await diagnosticsWhen(editor.document.uri, 'the first diagnostics', (diagnostics) => diagnostics.length > 0);
    const lines = editor.document.getText().split(/\r?\n/);
    const line = lines.findIndex((text) => text.trimStart().startsWith(start));
    assert.ok(line >= 0, start);
    editor.selection = new vscode.Selection(line, 3, line, 3);
    return editor;
  }

  async function openOther(): Promise<vscode.TextEditor> {
    const opened = await vscode.commands.executeCommand<vscode.TextEditor | string | undefined>('nos.openOtherLanguage');
    assert.ok(opened && typeof opened !== 'string', `no twin opened: ${String(opened)}`);
    return opened;
  }

  const lineAtCursor = (editor: vscode.TextEditor) => editor.document.lineAt(editor.selection.active.line).text.slice(editor.selection.active.character);

  test('opens the English twin beside the Welsh draft at the matching criterion (P13 → P13)', async () => {
    const source = await showAt(welsh, '1. tawelu eu meddyliau');
    const opened = await openOther();
    assert.equal(opened.document.uri.toString(), english.toString());
    assert.match(lineAtCursor(opened), /^13\. reassure them/);
    assert.notEqual(opened.viewColumn, source.viewColumn, 'beside the current editor');
    assert.equal(vscode.window.activeTextEditor?.document.uri.toString(), english.toString());
  });

  test('and back, at the matching knowledge item (K17 → K17) and metadata field', async () => {
    await showAt(english, '17. how to deal with difficult customers');
    assert.match(lineAtCursor(await openOther()), /^1\. sut i ddelio â chwsmeriaid anodd/);
    await closeAllEditors();
    await showAt(english, 'Validity');
    assert.equal(lineAtCursor(await openOther()), 'Dilysrwydd');
  });

  test('run again from the other version, goes back to the editor showing it instead of opening another', async () => {
    const first = await showAt(english, '17. how to deal with difficult customers');
    const second = await cursorAt(await openOther(), '1. tawelu eu meddyliau');
    const back = await openOther();
    assert.equal(back.document.uri.toString(), english.toString());
    assert.equal(back.viewColumn, first.viewColumn, 'in the first editor');
    assert.match(lineAtCursor(back), /^13\. reassure them/);
    assert.equal(vscode.window.activeTextEditor?.viewColumn, first.viewColumn, 'focused');
    assert.deepEqual(vscode.window.visibleTextEditors.map((e) => e.viewColumn).sort(), [first.viewColumn, second.viewColumn].sort());
  });

  test('says in the document’s language when there is no other version', async () => {
    const editor = await show(await copyOfDraft('003'));
    await diagnosticsWhen(editor.document.uri, 'the first diagnostics', (diagnostics) => diagnostics.length > 0);
    const said = await vscode.commands.executeCommand<vscode.TextEditor | string | undefined>('nos.openOtherLanguage');
    assert.equal(said, "Nid yw'r fersiwn Saesneg o'r safon hon yn y gweithle: caiff fersiynau eu paru yn ôl eu URN, neu yn ôl “pairs” mewn .nosrc.json.");
    assert.equal(vscode.window.visibleTextEditors.length, 1);
  });
});
