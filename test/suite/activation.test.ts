import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { diagnosticsWhen, withCode } from './helpers/diagnostics';
import { closeAllEditors, copyOfDraft, show } from './helpers/drafts';
import { until } from './helpers/wait';

const EXTENSION_ID = 'nos-author.nos-author';

suite('activation', () => {
  teardown(closeAllEditors);

  test('a plain .txt file stays plain text; "NOS: Check this file as a NOS document" checks it, and is remembered for the file', async () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension, `${EXTENSION_ID} is installed`);
    const uri = await copyOfDraft('001', '.txt');
    const editor = await show(uri);
    assert.equal(editor.document.languageId, 'plaintext');

    await vscode.commands.executeCommand('nos.checkAsNos');
    assert.equal(extension.isActive, true);
    const isNos = () => vscode.workspace.textDocuments.some((d) => d.uri.toString() === uri.toString() && d.languageId === 'nos');
    await until('the file to become a nos document', [vscode.workspace.onDidOpenTextDocument], isNos);
    const diagnostics = await diagnosticsWhen(uri, 'diagnostics', (found) => found.length > 0);
    assert.equal(withCode(diagnostics, 'criteria-numbering').length, 5);

    // Made plain text again, as on opening it anew, it is checked as a NOS at once.
    await closeAllEditors();
    const plain = await vscode.languages.setTextDocumentLanguage(await vscode.workspace.openTextDocument(uri), 'plaintext');
    assert.equal(plain.languageId, 'plaintext');
    await until('the remembered choice', [vscode.workspace.onDidOpenTextDocument], isNos);
  });

  test('a .nos.txt file opens as nos and is checked', async () => {
    const editor = await show(await copyOfDraft('001'));
    assert.equal(editor.document.languageId, 'nos');
    const diagnostics = await diagnosticsWhen(editor.document.uri, 'diagnostics', (found) => found.length > 0);
    assert.equal(withCode(diagnostics, 'criteria-numbering').length, 5);
    assert.equal(vscode.extensions.getExtension(EXTENSION_ID)?.isActive, true);
  });
});
