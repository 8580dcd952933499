import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { diagnosticsWhen, withCode } from './helpers/diagnostics';
import { closeAllEditors, copyOfDraft, show, showCheckedCopy } from './helpers/drafts';
import { until } from './helpers/wait';

const flatten = (text: string) => text.replace(/\s+/g, ' ').trim();

suite('flattened text', () => {
  teardown(closeAllEditors);

  test('"NOS: Reflow flattened text" puts each part on a line of its own, changing only spaces', async () => {
    const editor = await show(await copyOfDraft('001'));
    const { document } = editor;
    const flat = flatten(document.getText());
    const whole = new vscode.Range(0, 0, document.lineCount, 0);
    assert.ok(await editor.edit((edit) => edit.replace(whole, flat)));
    assert.equal(document.lineCount, 1);
    // Read part by part: the misnumbered criteria are found inside the one line.
    await diagnosticsWhen(document.uri, 'numbering diagnostics in the flattened text', (diagnostics) =>
      withCode(diagnostics, 'criteria-numbering').length === 5);

    await vscode.commands.executeCommand('nos.reflow');
    await until('the text to be reflowed', [vscode.workspace.onDidChangeTextDocument], () => document.lineCount > 100);
    assert.equal(flatten(document.getText()), flat);
    assert.equal(document.lineAt(0).text, 'Datblygu a chynnal gwasanaeth cwsmer effeithiol o fewn amgylcheddau hamdden gweithgar');
    await diagnosticsWhen(document.uri, 'the same diagnostics on their own lines', (diagnostics) =>
      withCode(diagnostics, 'criteria-numbering').filter((d) => d.range.start.line > 10).length === 5);
  });

  test('"NOS: Reflow flattened text" on a draft with its lines says there is nothing to reflow, in the document\'s language', async () => {
    const { document } = await showCheckedCopy('001');
    const before = document.getText();
    assert.equal(await vscode.commands.executeCommand('nos.reflow'),
      "Dim byd i'w aildrefnu: mae pob pennawd, cyflwyniad ac eitem yn y ddogfen hon ar linell ar wahân yn barod.");
    assert.equal(document.getText(), before);
  });
});
