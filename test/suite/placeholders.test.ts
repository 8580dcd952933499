import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { diagnosticsWhen, withCode } from './helpers/diagnostics';
import { closeAllEditors } from './helpers/drafts';

/** The free-text placeholders of the English skeleton, read from the shipped snippet file. */
async function skeletonPlaceholders(): Promise<number> {
  const extension = vscode.extensions.all.find((e) => e.packageJSON.name === 'nos-author')!;
  const file = vscode.Uri.joinPath(extension.extensionUri, 'snippets', 'nos.code-snippets');
  const snippets = JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(file)));
  const body: string = [snippets['NOS skeleton (English)'].body].flat().join('\n');
  // Plural endings and the version "1" are valid as written.
  return [...body.matchAll(/(\()?\$\{\d+:([^{}$]*)\}/g)].filter((m) => !m[1] && !/^\d$/.test(m[2])).length;
}

suite('placeholder text', () => {
  teardown(closeAllEditors);

  test('a fresh nos-en skeleton shows one finding per placeholder, and writing the title removes exactly one', async () => {
    const expected = await skeletonPlaceholders();
    assert.ok(expected > 10, `${expected} placeholders`);
    await vscode.commands.executeCommand('nos.newStandard.en');
    const editor = vscode.window.activeTextEditor!;
    assert.equal(editor.document.getText(editor.selection), 'Title of the standard, starting with a verb');
    const uri = editor.document.uri;
    await diagnosticsWhen(uri, `${expected} placeholder findings`, (d) => withCode(d, 'placeholder-text').length === expected);
    await editor.edit((edit) => edit.replace(editor.selection, 'Respond to customer enquiries'));
    const left = await diagnosticsWhen(uri, `${expected - 1} placeholder findings`, (d) => withCode(d, 'placeholder-text').length === expected - 1);
    assert.ok(withCode(left, 'placeholder-text').every((d) => d.range.start.line > 0), 'the title is no longer reported');
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });
});
