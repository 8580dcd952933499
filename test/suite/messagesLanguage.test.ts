import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { diagnosticsWhen, withCode } from './helpers/diagnostics';
import { closeAllEditors, show, showCheckedCopy } from './helpers/drafts';

// nos.messagesLanguage in the editor: a Welsh reader of an English draft gets its
// findings, fixes, hovers and the extension's own messages in Welsh, and the reverse.

const ENGLISH = [
  'Plan customer service operations', 'URN: ABC123', 'Overview', 'This standard is about planning customer service.',
  'Performance criteria', 'You must be able to:', '1. plan the work of the team', '3. record feedback', '',
].join('\n');

const setting = () => vscode.workspace.getConfiguration('nos');

suite('messages language', () => {
  let files = 0;

  teardown(async () => {
    await setting().update('messagesLanguage', undefined, vscode.ConfigurationTarget.Workspace);
    await closeAllEditors();
  });

  async function englishDraft(): Promise<vscode.TextEditor> {
    const folder = vscode.workspace.workspaceFolders![0].uri;
    const uri = vscode.Uri.joinPath(folder, `messages-${++files}.nos.txt`);
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(ENGLISH));
    return show(uri);
  }

  test('an English draft in Welsh: findings, quick fixes and hovers, and back in English when the setting goes', async () => {
    const { document } = await englishDraft();
    await diagnosticsWhen(document.uri, 'English findings', (d) => withCode(d, 'criteria-numbering').length === 1);
    await setting().update('messagesLanguage', 'cy', vscode.ConfigurationTarget.Workspace);
    const [numbering] = withCode(await diagnosticsWhen(document.uri, 'Welsh findings', (d) =>
      withCode(d, 'criteria-numbering').some((f) => f.message.startsWith("Dylai'r maen prawf perfformiad"))), 'criteria-numbering');
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', document.uri, numbering.range);
    assert.ok(actions.some((a) => a.title === 'Newid 3 i 2'), actions.map((a) => a.title).join(', '));
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, numbering.range.start);
    const hover = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
    assert.match(hover, /^Maen prawf perfformiad 2 o 2 \(P2\)/);

    await setting().update('messagesLanguage', undefined, vscode.ConfigurationTarget.Workspace);
    await diagnosticsWhen(document.uri, 'English findings again', (d) =>
      withCode(d, 'criteria-numbering').some((f) => f.message.startsWith('Performance criterion numbered 3')));
  });

  test('"NOS: Fix all safe problems" says there is nothing to fix in the language chosen, not the document\'s', async () => {
    await setting().update('messagesLanguage', 'en', vscode.ConfigurationTarget.Workspace);
    // Draft 003 is Welsh; its findings have no safe fix.
    await showCheckedCopy('003');
    assert.equal(await vscode.commands.executeCommand('nos.fixAll'), 'Nothing to fix');
  });
});
