import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { diagnosticsWhen, nosDiagnostics, withCode } from './helpers/diagnostics';
import { closeAllEditors, showCheckedCopy } from './helpers/drafts';
import { criteriaNumbers, knowledgeNumbers, oneTo } from './helpers/numbering';
import { until } from './helpers/wait';

const FIX_ALL = vscode.CodeActionKind.SourceFixAll.append('nos');

function codeActions(uri: vscode.Uri, range: vscode.Range, kind?: string): Thenable<vscode.CodeAction[]> {
  return vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, range, kind);
}

/** Waits, on onDidChangeTextDocument, for an edit made through the workbench to arrive. */
function textWhen(what: string, accept: () => boolean): Promise<true> {
  return until(what, [vscode.workspace.onDidChangeTextDocument], accept);
}

/** Draft 001 renumbered: criteria 1..17, knowledge 1..25, and no numbering diagnostic left. */
async function assertRenumbered(document: vscode.TextDocument): Promise<void> {
  assert.deepEqual(criteriaNumbers(document), oneTo(17));
  assert.deepEqual(knowledgeNumbers(document), oneTo(25));
  await diagnosticsWhen(document.uri, 'no criteria-numbering diagnostic', (diagnostics) =>
    withCode(diagnostics, 'criteria-numbering').length === 0);
}

suite('code actions', () => {
  teardown(closeAllEditors);

  test('draft 004: the English lead-in is reported and its quick fix puts the Welsh one in its place', async () => {
    const { document } = await showCheckedCopy('004');
    const [leadIn] = withCode(nosDiagnostics(document.uri), 'lead-in');
    assert.equal(leadIn.range.start.line, 22);
    assert.equal(document.getText(leadIn.range), 'You need to know and understand');
    assert.equal(leadIn.severity, vscode.DiagnosticSeverity.Warning);
    const actions = await codeActions(document.uri, leadIn.range);
    const fix = actions.find((a) => a.title === 'Newid i “Mae angen i chi wybod a deall:”');
    assert.ok(fix?.edit, `no lead-in fix among ${JSON.stringify(actions.map((a) => a.title))}`);
    assert.equal(fix.isPreferred, true);
    assert.ok(await vscode.workspace.applyEdit(fix.edit));
    assert.equal(document.lineAt(22).text, 'Mae angen i chi wybod a deall:');
    await diagnosticsWhen(document.uri, 'no lead-in diagnostic', (diagnostics) => withCode(diagnostics, 'lead-in').length === 0);
  });

  test('a misnumbered criterion offers renumbering the item, its list and every list', async () => {
    const { document } = await showCheckedCopy('001');
    assert.deepEqual(criteriaNumbers(document), [1, 1, 3, 4, 5, 1, 2, 3, 4, 10, 1, 12, 1, 2, 3, 16, 17]);
    const [first] = withCode(nosDiagnostics(document.uri), 'criteria-numbering');
    const actions = await codeActions(document.uri, first.range);
    const quickFixes = actions.filter((a) => a.kind?.value === vscode.CodeActionKind.QuickFix.value);
    assert.deepEqual(quickFixes.map((a) => a.title), [
      'Newid 1 i 2',
      "Ailrifo'r meini prawf perfformiad (4)",
      "Ailrifo'r holl feini prawf a'r eitemau gwybodaeth (5)",
    ]);
    assert.equal(quickFixes[0].isPreferred, true);

    assert.ok(await vscode.workspace.applyEdit(quickFixes[1].edit!));
    assert.deepEqual(criteriaNumbers(document), oneTo(17));
    const left = await diagnosticsWhen(document.uri, 'only the knowledge items misnumbered', (diagnostics) =>
      withCode(diagnostics, 'criteria-numbering').length === 1);
    assert.ok(withCode(left, 'criteria-numbering').every((d) => d.range.start.line > 100));
  });

  test('source.fixAll.nos is offered and renumbers both lists', async () => {
    const { document } = await showCheckedCopy('001');
    const actions = await codeActions(document.uri, new vscode.Range(0, 0, 0, 0), FIX_ALL.value);
    assert.deepEqual(actions.map((a) => [a.kind?.value, a.title]), [[FIX_ALL.value, 'Trwsio pob problem SGC ddiogel']]);
    assert.ok(await vscode.workspace.applyEdit(actions[0].edit!));
    await assertRenumbered(document);
  });

  test('"NOS: Fix all safe problems" applies it in the editor', async () => {
    const { document } = await showCheckedCopy('001');
    await vscode.commands.executeCommand('nos.fixAll');
    await textWhen('the criteria to be renumbered', () => criteriaNumbers(document)[1] === 2);
    await assertRenumbered(document);
  });

  test('editor.codeActionsOnSave with source.fixAll.nos renumbers on save', async () => {
    const editor = await showCheckedCopy('001');
    const { document } = editor;
    const settings = vscode.workspace.getConfiguration('editor', { languageId: 'nos' });
    await settings.update('codeActionsOnSave', { [FIX_ALL.value]: 'explicit' }, vscode.ConfigurationTarget.Global, true);
    try {
      // Break one more number, as a writer might just before saving.
      editor.selection = new vscode.Selection(30, 0, 30, 1);
      await vscode.commands.executeCommand('type', { text: '7' });
      await textWhen('the typed number', () => document.lineAt(30).text.startsWith('7.'));

      const saved = until('the draft to be saved', [vscode.workspace.onDidSaveTextDocument], () => !document.isDirty);
      await vscode.commands.executeCommand('workbench.action.files.save');
      await saved;
      await assertRenumbered(document);
      const onDisk = new TextDecoder().decode(await vscode.workspace.fs.readFile(document.uri));
      assert.equal(onDisk, document.getText());
    } finally {
      await settings.update('codeActionsOnSave', undefined, vscode.ConfigurationTarget.Global, true);
    }
  });
});
