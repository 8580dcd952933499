import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { closeAllEditors, showCheckedCopy } from './helpers/drafts';

function hoverText(hovers: vscode.Hover[]): string {
  return hovers
    .flatMap((hover) => hover.contents)
    .map((content) => (typeof content === 'string' ? content : content.value))
    .join('\n');
}

function hoverAt(uri: vscode.Uri, position: vscode.Position): Thenable<vscode.Hover[]> {
  return vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, position);
}

const labelOf = (item: vscode.CompletionItem) => (typeof item.label === 'string' ? item.label : item.label.label);

suite('outline, hover and completion', () => {
  teardown(closeAllEditors);

  test('the outline is title › sections › elements › items named P1…P17 and K1…K25', async () => {
    const { document } = await showCheckedCopy('001');
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', document.uri);
    assert.equal(symbols.length, 1);
    const [root] = symbols;
    assert.equal(root.name, 'Datblygu a chynnal gwasanaeth cwsmer effeithiol o fewn amgylcheddau hamdden gweithgar');
    const section = (name: string) => {
      const found = root.children.find((s) => s.name === name);
      assert.ok(found, `section ${name} in ${root.children.map((s) => s.name).join(', ')}`);
      return found;
    };
    const itemLabels = (s: vscode.DocumentSymbol) => s.children.flatMap((element) => element.children.map((item) => item.name.split(' ')[0]));

    const criteria = section('Meini prawf perfformiad');
    assert.equal(criteria.kind, vscode.SymbolKind.Module);
    assert.deepEqual(criteria.children.map((e) => [e.name, e.kind]), [
      ["Ymgysylltu â'r cwsmeriaid", vscode.SymbolKind.Namespace],
      ['Rheoli adborth cwsmeriaid', vscode.SymbolKind.Namespace],
    ]);
    assert.deepEqual(itemLabels(criteria), Array.from({ length: 17 }, (_, i) => `P${i + 1}`));
    const p12 = criteria.children[1].children.find((item) => item.name.startsWith('P12 '));
    assert.ok(p12, 'P12 under "Rheoli adborth cwsmeriaid"');
    assert.match(p12.name, /^P12 cydnabod adborth y cwsmeriaid/);
    assert.equal(p12.range.start.line, 50);
    assert.deepEqual(itemLabels(section('Gwybodaeth a Dealltwriaeth')), Array.from({ length: 25 }, (_, i) => `K${i + 1}`));
  });

  test('hovering a mutated glossary term shows its definition and the mutation', async () => {
    const { document } = await showCheckedCopy('001');
    // Line 31: "… i'r holl gwsmeriaid sy'n …", a soft mutation of the glossary's "Cwsmeriaid".
    const character = document.lineAt(30).text.indexOf('gwsmeriaid') + 3;
    const text = hoverText(await hoverAt(document.uri, new vscode.Position(30, character)));
    assert.match(text, /Geirfa: \*\*Cwsmeriaid\*\*: Unigolion, grwpiau neu gwmni sy'n prynu nwyddau neu wasanaeth/);
    assert.match(text, /\*gwsmeriaid\*: treiglad meddal o \*cwsmeriaid\*/);
  });

  test('hovering an item number shows its place in the list', async () => {
    const { document } = await showCheckedCopy('001');
    const text = hoverText(await hoverAt(document.uri, new vscode.Position(48, 2)));
    assert.match(text, /Maen prawf perfformiad 11 o 17 \(P11\)/);
    assert.match(text, /Wedi'i rifo'n 1 yma; dylai fod yn 11\./);
  });

  test('completion at the start of a line offers the snippets and the missing headings where they go', async () => {
    // Draft 002 ends with its knowledge items: a line after them is where the optional sections go.
    const editor = await showCheckedCopy('002');
    const { document } = editor;
    const end = document.lineAt(document.lineCount - 1).range.end;
    await editor.edit((edit) => edit.insert(end, '\n\n'));
    const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', document.uri, new vscode.Position(document.lineCount - 1, 0));
    const snippets = list.items.filter((item) => item.kind === vscode.CompletionItemKind.Snippet).map(labelOf);
    for (const prefix of ['nos-en', 'nos-cy']) assert.ok(snippets.includes(prefix), `snippet ${prefix} in ${snippets.join(', ')}`);
    assert.ok(list.items.some((item) => labelOf(item) === 'Geirfa' && item.kind === vscode.CompletionItemKind.Module));
    // Headings the draft has are not offered again.
    assert.ok(!list.items.some((item) => labelOf(item) === 'Trosolwg'));
  });
});
