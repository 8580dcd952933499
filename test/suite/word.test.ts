import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { diagnosticsWhen, withCode } from './helpers/diagnostics';
import { closeAllEditors, copyOfDraft } from './helpers/drafts';
import { until } from './helpers/wait';

suite('Word documents', () => {
  teardown(closeAllEditors);

  test('"NOS: Export to Word" then "NOS: Import Word document…" gives back the draft, checked at once', async () => {
    const draft = await copyOfDraft('001');
    const docx = draft.with({ path: draft.path.replace(/\.nos\.txt$/, '-word.docx') });
    const exported = await vscode.commands.executeCommand<vscode.Uri>('nos.exportWord', draft, docx);
    assert.equal(exported?.toString(), docx.toString());
    const bytes = await vscode.workspace.fs.readFile(docx);
    assert.deepEqual([...bytes.subarray(0, 2)], [0x50, 0x4b]);

    const imported = await vscode.commands.executeCommand<vscode.Uri>('nos.importWord', docx);
    assert.ok(imported?.path.endsWith('-word.nos.txt'), imported?.path);
    const editor = vscode.window.activeTextEditor;
    assert.equal(editor?.document.uri.toString(), imported.toString());
    assert.equal(editor.document.languageId, 'nos');
    const original = await vscode.workspace.openTextDocument(draft);
    const labels = (text: string) => text.split('\n').flatMap((line) => /^\s*(\d+\.)\s/.exec(line)?.[1] ?? []);
    assert.deepEqual(labels(editor.document.getText()), labels(original.getText()));
    // The draft's misnumbered criteria are found in the import as in the draft.
    await diagnosticsWhen(imported, 'the import checked', (diagnostics) => withCode(diagnostics, 'criteria-numbering').length === 5);
  });

  test('a .docx opens on a page that offers the import, not the binary-file screen', async () => {
    const draft = await copyOfDraft('002');
    const docx = draft.with({ path: draft.path.replace(/\.nos\.txt$/, '.docx') });
    await vscode.commands.executeCommand('nos.exportWord', draft, docx);
    await vscode.commands.executeCommand('vscode.open', docx);
    const input = await until('the .docx page', [vscode.window.tabGroups.onDidChangeTabs], () => {
      const active = vscode.window.tabGroups.activeTabGroup.activeTab?.input;
      return active instanceof vscode.TabInputCustom && active;
    });
    assert.equal(input.viewType, 'nos.wordImport');
    assert.equal(input.uri.toString(), docx.toString());
  });

  test('a file that is no Word document is refused with a message, and nothing is written', async () => {
    const draft = await copyOfDraft('003');
    const fake = draft.with({ path: draft.path.replace(/\.nos\.txt$/, '-fake.docx') });
    await vscode.workspace.fs.copy(draft, fake);
    assert.equal(await vscode.commands.executeCommand('nos.importWord', fake), undefined);
    await assert.rejects(Promise.resolve(vscode.workspace.fs.stat(fake.with({ path: fake.path.replace(/\.docx$/, '.nos.txt') }))));
  });
});
