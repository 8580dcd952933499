// Glossary navigation, rename, folding and selection ranges through the bundled server
// over stdio, as an editor asks for them.

import * as assert from 'node:assert/strict';
import type {
  DocumentHighlight,
  FoldingRange,
  Location,
  Position,
  Range,
  SelectionRange,
  TextEdit,
  WorkspaceEdit,
} from 'vscode-languageserver-protocol';
import { sample } from '../unit/helpers/fixtures';
import { TestClient } from './client';

const URI = 'file:///drafts/000.nos.txt';
const text = sample('000');
const lines = text.split('\n');

function at(word: string, nth = 0): Position {
  let seen = 0;
  for (let line = 0; line < lines.length; line++) {
    for (let i = lines[line].indexOf(word); i >= 0; i = lines[line].indexOf(word, i + 1)) {
      if (seen++ === nth) return { line, character: i + 1 };
    }
  }
  throw new Error(`no ${word}`);
}

const written = (range: Range): string => lines[range.start.line].slice(range.start.character, range.end.character);

describe('navigation over stdio', function () {
  this.timeout(20_000);
  let client: TestClient;

  beforeEach(async () => {
    client = new TestClient();
    await client.initialize();
    await client.open(URI, text);
  });

  afterEach(() => client.stop());

  const request = <T>(method: string, params: object): Promise<T> =>
    client.connection.sendRequest(method, { textDocument: { uri: URI }, ...params });

  it('announces definition, references, highlights, rename, folding and selection ranges', async () => {
    const other = new TestClient();
    try {
      const { capabilities } = await other.initialize();
      assert.equal(capabilities.definitionProvider, true);
      assert.equal(capabilities.referencesProvider, true);
      assert.equal(capabilities.documentHighlightProvider, true);
      assert.equal(capabilities.renameProvider, true);
      assert.equal(capabilities.foldingRangeProvider, true);
      assert.equal(capabilities.selectionRangeProvider, true);
    } finally {
      await other.stop();
    }
    const preparing = new TestClient();
    try {
      const result = await preparing.connection.sendRequest<{ capabilities: { renameProvider: unknown } }>('initialize', {
        processId: process.pid, rootUri: null, capabilities: { textDocument: { rename: { prepareSupport: true } } },
      });
      assert.deepEqual(result.capabilities.renameProvider, { prepareProvider: true });
    } finally {
      await preparing.stop();
    }
  });

  it('goes from a mutated use to the glossary entry', async () => {
    const location = await request<Location>('textDocument/definition', { position: at('chwsmeriaid') });
    assert.equal(location.uri, URI);
    assert.deepEqual(location.range, { start: { line: 47, character: 0 }, end: { line: 47, character: 12 } });
    assert.equal(await request('textDocument/definition', { position: { line: 1, character: 2 } }), null);
  });

  it('finds every reference, with or without the headword, and highlights them', async () => {
    const withHeadword = await request<Location[]>('textDocument/references', { position: at('gwsmeriaid'), context: { includeDeclaration: true } });
    const withoutHeadword = await request<Location[]>('textDocument/references', { position: at('gwsmeriaid'), context: { includeDeclaration: false } });
    assert.equal(withHeadword.length, 32);
    assert.deepEqual(withHeadword.slice(1), withoutHeadword);
    assert.equal(written(withHeadword[0].range), 'Cwsmer(iaid)');
    assert.ok(withoutHeadword.every((l) => /^(c|g|ch)wsmer(iaid)?$/.test(written(l.range))));
    const highlights = await request<DocumentHighlight[]>('textDocument/documentHighlight', { position: at('Cwsmer(iaid)') });
    assert.equal(highlights.length, 32);
    assert.deepEqual(highlights.map((h) => h.kind).filter((k) => k === 3), [3]);
    assert.deepEqual(await request('textDocument/references', { position: { line: 1, character: 2 }, context: { includeDeclaration: true } }), []);
  });

  it('renames a Welsh term keeping each mutation, and refuses off a term', async () => {
    const place = await request<{ range: Range; placeholder: string }>('textDocument/prepareRename', { position: at('chwsmeriaid') });
    assert.equal(place.placeholder, 'Cwsmer(iaid)');
    assert.equal(written(place.range), 'chwsmeriaid');
    const edit = await request<WorkspaceEdit>('textDocument/rename', { position: at('chwsmeriaid'), newName: 'Cleient(iaid)' });
    const edits = edit.changes![URI] as TextEdit[];
    const pairs = new Set(edits.map((e) => `${written(e.range)}→${e.newText}`));
    assert.deepEqual([...pairs].sort(), [
      'Cwsmer(iaid)→Cleient(iaid)', 'chwsmeriaid→chleientiaid', 'cwsmeriaid→cleientiaid', 'cwsmer→cleient', 'gwsmeriaid→gleientiaid',
    ]);
    await client.applyEdits(URI, edits);
    const after = client.text(URI);
    assert.ok(after.includes('wrth ymdrin â chleientiaid.') && after.includes('dosbarthu i gleientiaid fel rhan'));
    // The renamed document navigates as the original did.
    const renamedLine = after.split('\n')[4];
    const position = { line: 4, character: renamedLine.indexOf('gleientiaid') + 1 };
    const again = await request<Location[]>('textDocument/references', { position, context: { includeDeclaration: true } });
    assert.equal(again.length, 32);

    await assert.rejects(request('textDocument/prepareRename', { position: { line: 1, character: 2 } }), (error: { code: number; message: string }) => {
      assert.equal(error.code, -32803);
      assert.match(error.message, /^Dim ond termau'r eirfa y gellir eu hailenwi/);
      return true;
    });
    await assert.rejects(request('textDocument/rename', { position, newName: 'Cleient' }), /lluosog/);
    await assert.rejects(request('textDocument/rename', { position, newName: 42 }), /Invalid params: newName/);
  });

  it('folds sections, the glossary and the metadata block (draft 001)', async () => {
    const uri = 'file:///drafts/001.nos.txt';
    const draft = sample('001');
    await client.open(uri, draft);
    const folds = await client.connection.sendRequest<FoldingRange[]>('textDocument/foldingRange', { textDocument: { uri } });
    const starts = folds.map((f) => draft.split('\n')[f.startLine].trim());
    for (const heading of ['Trosolwg', 'Meini prawf perfformiad', 'Gwybodaeth a Dealltwriaeth', "Ymgysylltu â*'r cwsmeriaid*"]) {
      assert.ok(starts.includes(heading), `${heading} in ${JSON.stringify(starts)}`);
    }
    assert.ok(folds.every((f) => f.endLine > f.startLine));
    assert.ok(folds.at(-1)!.endLine <= draft.split('\n').length - 1);
  });

  it('expands a selection word → item → section → document', async () => {
    const position = at('bodloni ymrwymiadau');
    const [selection] = await request<SelectionRange[]>('textDocument/selectionRange', { positions: [position] });
    const chain: Range[] = [];
    for (let s: SelectionRange | undefined = selection; s; s = s.parent) chain.push(s.range);
    assert.equal(written(chain[0]), 'bodloni');
    assert.deepEqual(chain[1], { start: { line: position.line, character: 0 }, end: { line: position.line, character: lines[position.line].length } });
    assert.deepEqual([chain[2].start.line, chain[2].end.line], [5, 18]);
    assert.deepEqual([chain[3].start.line, chain[3].end.line], [0, lines.length - 1]);
    assert.equal(chain.length, 4);
    await assert.rejects(request('textDocument/selectionRange', { positions: [{ line: 'x' }] }), /Invalid params: positions/);
  });
});
