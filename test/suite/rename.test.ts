import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { closeAllEditors, showCheckedCopy } from './helpers/drafts';

suite('glossary navigation and rename', () => {
  teardown(closeAllEditors);

  test('F12 on a mutated use goes to the glossary entry', async () => {
    const { document } = await showCheckedCopy('001');
    // Line 31: "… i'r holl gwsmeriaid sy'n …", a soft mutation of the glossary's "Cwsmeriaid".
    const character = document.lineAt(30).text.indexOf('gwsmeriaid') + 3;
    const locations = await vscode.commands.executeCommand<Array<vscode.Location | vscode.LocationLink>>(
      'vscode.executeDefinitionProvider', document.uri, new vscode.Position(30, character),
    );
    assert.equal(locations.length, 1);
    const [location] = locations;
    const range = 'targetRange' in location ? location.targetRange : location.range;
    assert.equal(document.getText(range), 'Cwsmeriaid');
    assert.equal(range.start.line, 185);
  });

  test('renaming "Cwsmeriaid" in a Welsh draft keeps each use’s mutation', async () => {
    const editor = await showCheckedCopy('001');
    const { document } = editor;
    const use = new vscode.Position(30, document.lineAt(30).text.indexOf('gwsmeriaid') + 3);
    const before = document.getText();
    const edit = await vscode.commands.executeCommand<vscode.WorkspaceEdit>('vscode.executeDocumentRenameProvider', document.uri, use, 'Cleientiaid');
    assert.ok(await vscode.workspace.applyEdit(edit));
    const after = document.getText();
    assert.equal(document.lineAt(185).text, 'Cleientiaid');
    assert.match(document.lineAt(30).text, /i'r holl gleientiaid sy'n/);
    assert.match(document.lineAt(17).text, /gyda chleientiaid mewn amryw sefyllfaoedd lle mae nhw'n wynebu cleientiaid/);
    assert.doesNotMatch(after, /\b(c|g|ch|ngh)wsmeriaid\b/i);
    // Nothing but the term changed: undo the rename word for word and the text is as it was.
    assert.equal(after.replace(/(ngh|ch|c|g)leientiaid/gi, (_, initial: string) => `${initial}wsmeriaid`), before);
  });

  test('renaming off a glossary term is refused with a Welsh message', async () => {
    const { document } = await showCheckedCopy('001');
    await assert.rejects(
      Promise.resolve(vscode.commands.executeCommand('vscode.prepareRename', document.uri, new vscode.Position(20, 2))),
      /Dim ond termau'r eirfa y gellir eu hailenwi/,
    );
  });
});
