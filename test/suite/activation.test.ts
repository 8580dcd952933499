import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { diagnosticsWhen, withCode } from './helpers/diagnostics';
import { closeAllEditors, copyOfDraft, show } from './helpers/drafts';
import { until } from './helpers/wait';

const EXTENSION_ID = 'nos-author.nos-author';

suite('activation', () => {
  teardown(closeAllEditors);

  test('a plain .txt file leaves it inactive; "NOS: Check this file as a NOS document" activates it and checks the file', async () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension, `${EXTENSION_ID} is installed`);
    const uri = await copyOfDraft('001', '.txt');
    const editor = await show(uri);
    assert.equal(editor.document.languageId, 'plaintext');
    assert.equal(extension.isActive, false, 'a plain text file must not activate the extension');

    await vscode.commands.executeCommand('nos.checkAsNos');
    assert.equal(extension.isActive, true);
    await until('the file to become a nos document', [vscode.workspace.onDidOpenTextDocument], () =>
      vscode.workspace.textDocuments.some((d) => d.uri.toString() === uri.toString() && d.languageId === 'nos'));
    const diagnostics = await diagnosticsWhen(uri, 'diagnostics', (found) => found.length > 0);
    assert.equal(withCode(diagnostics, 'criteria-numbering').length, 18);
  });

  test('a .nos.txt file opens as nos and is checked', async () => {
    const editor = await show(await copyOfDraft('001'));
    assert.equal(editor.document.languageId, 'nos');
    const diagnostics = await diagnosticsWhen(editor.document.uri, 'diagnostics', (found) => found.length > 0);
    assert.equal(withCode(diagnostics, 'criteria-numbering').length, 18);
    assert.equal(vscode.extensions.getExtension(EXTENSION_ID)?.isActive, true);
  });
});
