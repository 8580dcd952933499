import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { diagnosticsWhen, withCode } from './helpers/diagnostics';
import { closeAllEditors, showCheckedCopy } from './helpers/drafts';

// Line 31 of draft 001 reads "3. cynnig …", a correctly numbered criterion.
const LINE = 30;

suite('typing', () => {
  teardown(closeAllEditors);

  test('a typed digit that breaks a number adds a diagnostic; undo removes it', async () => {
    const editor = await showCheckedCopy('001');
    const { document } = editor;
    const on = (diagnostics: vscode.Diagnostic[]) =>
      withCode(diagnostics, 'criteria-numbering').filter((d) => d.range.start.line === LINE);
    assert.equal(document.lineAt(LINE).text.slice(0, 2), '3.');

    editor.selection = new vscode.Selection(LINE, 1, LINE, 1);
    await vscode.commands.executeCommand('type', { text: '3' });
    const broken = await diagnosticsWhen(document.uri, 'a diagnostic for "33."', (diagnostics) => on(diagnostics).length === 1);
    assert.equal(document.lineAt(LINE).text.slice(0, 3), '33.');
    const [added] = on(broken);
    assert.equal(document.getText(added.range), '33');
    assert.match(added.message, /a rifwyd yn 33 fod yn 3:/);
    assert.equal(withCode(broken, 'criteria-numbering').length, 6);

    await vscode.commands.executeCommand('undo');
    const restored = await diagnosticsWhen(document.uri, 'the diagnostic to go', (diagnostics) =>
      on(diagnostics).length === 0 && withCode(diagnostics, 'criteria-numbering').length === 5);
    assert.equal(document.lineAt(LINE).text.slice(0, 2), '3.');
    assert.equal(document.isDirty, false);
    assert.equal(withCode(restored, 'criteria-numbering').length, 5);
  });
});
