// Glossary navigation and rename, folding and selection ranges on the samples and
// layout fixtures: where a term is defined and used, what a rename writes for each
// use (Welsh mutations, English plurals, capitals), what folds and what expands.

import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { applyEdits, createNosService, type Position, type Range, type TextEdit } from '../../server/src/core';
import { LAYOUTS, readMarked, sample } from './helpers/fixtures';

const layout = (name: string): string => readMarked(path.join(LAYOUTS, name)).text;

/** The position of the `nth` (0-based) occurrence of `word` in the text, `offset` characters into it. */
function at(text: string, word: string, nth = 0, offset = 1): Position {
  const lines = text.split('\n');
  let seen = 0;
  for (let line = 0; line < lines.length; line++) {
    for (let i = lines[line].indexOf(word); i >= 0; i = lines[line].indexOf(word, i + 1)) {
      if (seen++ === nth) return { line, character: i + offset };
    }
  }
  throw new Error(`no ${word} #${nth}`);
}

function textOf(text: string, range: Range): string {
  const lines = text.split('\n');
  assert.equal(range.start.line, range.end.line);
  return lines[range.start.line].slice(range.start.character, range.end.character);
}

function renamed(text: string, position: Position, newName: string): string {
  const service = createNosService();
  const result = service.rename(service.analyse(text), position, newName);
  if ('refusal' in result) throw new Error(result.refusal);
  return applyEdits(text, result.edits);
}

function refusal(text: string, position: Position, newName: string): string {
  const service = createNosService();
  const result = service.rename(service.analyse(text), position, newName);
  assert.ok('refusal' in result, `renamed: ${JSON.stringify((result as { edits: TextEdit[] }).edits)}`);
  return result.refusal;
}

describe('go to definition and references of glossary terms', () => {
  const welsh = layout('welsh-glossary.nos.txt');
  const english = layout('web-copy-en.nos.txt');

  it('goes from a mutated Welsh use to its headword', () => {
    const service = createNosService();
    const analysis = service.analyse(welsh);
    for (const [word, nth] of [['gwsmeriaid', 0], ['gwsmer', 0], ['hawdurdod', 0], ['weithdrefn gwyno', 0]] as const) {
      const range = service.definition(analysis, at(welsh, word, nth))!;
      assert.ok(range, word);
      const headword = textOf(welsh, range);
      assert.equal(headword, { gwsmeriaid: 'Cwsmer(iaid)', gwsmer: 'Cwsmer(iaid)', hawdurdod: 'Awdurdod', 'weithdrefn gwyno': 'Gweithdrefn gwyno' }[word]);
    }
  });

  it('goes from an English plural to its headword', () => {
    const service = createNosService();
    const analysis = service.analyse(english);
    const range = service.definition(analysis, at(english, 'Greet customers', 0, 8))!;
    assert.equal(textOf(english, range), 'Customer(s)');
    assert.equal(range.start.line, 35);
  });

  it('finds nothing off a term', () => {
    const service = createNosService();
    const analysis = service.analyse(welsh);
    assert.equal(service.definition(analysis, at(welsh, 'Trosolwg')), null);
    assert.equal(service.references(analysis, at(welsh, 'Trosolwg')), null);
    assert.equal(service.definition(service.analyse(sample('003')), { line: 0, character: 0 }), null);
  });

  it('finds the same references from the headword and from any use', () => {
    const service = createNosService();
    const analysis = service.analyse(sample('000'));
    const text = sample('000');
    const fromHeadword = service.references(analysis, at(text, 'Cwsmer(iaid)'))!;
    const fromUse = service.references(analysis, at(text, 'chwsmeriaid', 2))!;
    assert.deepEqual(fromUse, fromHeadword);
    assert.equal(textOf(text, fromHeadword.headword), 'Cwsmer(iaid)');
    const written = fromHeadword.uses.map((r) => textOf(text, r));
    assert.equal(written.length, 31);
    assert.deepEqual([...new Set(written)].sort(), ['chwsmeriaid', 'cwsmer', 'cwsmeriaid', 'gwsmeriaid']);
    // Uses are in document order; the last is in another term's definition.
    const lines = fromHeadword.uses.map((r) => r.start.line);
    assert.deepEqual(lines, [...lines].sort((a, b) => a - b));
    assert.deepEqual(lines.filter((line) => line >= 46), [50]);
  });
});

describe('rename of a glossary term', () => {
  it('keeps each Welsh use’s mutation (draft 000)', () => {
    const text = sample('000');
    const after = renamed(text, at(text, 'Cwsmer(iaid)'), 'Cleient(iaid)');
    const lines = after.split('\n');
    assert.equal(lines[47], 'Cleient(iaid): mewnol, allanol');
    assert.equal(lines[0], 'Cyfrannu at ddarparu gwasanaeth cleientiaid ar gyfer gweithgareddau aml-ollwng');
    assert.ok(lines[3].includes('perthynas cleientiaid, deall busnes a chyfrinachedd cleientiaid') && lines[3].endsWith('ymdrin â chleientiaid.'));
    assert.ok(lines[4].includes('dosbarthu i gleientiaid fel rhan'));
    assert.ok(lines[12].endsWith('gan gleientiaid a chydnabod y gŵyn yn ôl at y cleient'));
    assert.equal(lines[50], "Gofynion cyfreithiol a sefydliadol: yn ymwneud â darparu gwasanaeth cleientiaid a'r nwyddau");
    assert.ok(!/c[hw]?wsmer|gwsmer/i.test(after), 'every use renamed');
    // Everything else is unchanged, character for character.
    assert.equal(after.replace(/(ch|g|c)leient(iaid)?/gi, ''), text.replace(/(ch|g|c)wsmer(iaid)?/gi, ''));
  });

  it('renames from a use as from the headword, and back again', () => {
    const text = sample('000');
    const fromUse = renamed(text, at(text, 'gwsmeriaid'), 'Cleient(iaid)');
    assert.equal(fromUse, renamed(text, at(text, 'Cwsmer(iaid)'), 'Cleient(iaid)'));
    assert.equal(renamed(fromUse, at(fromUse, 'chleientiaid'), 'Cwsmer(iaid)'), text);
  });

  it('keeps the nasal and aspirate mutations, h- before a vowel and capitals', () => {
    const text = [
      'Gofalu am gwsmeriaid',
      'Trosolwg',
      'Mae fy nghwsmeriaid a’i chwsmeriaid yn bwysig. Cwsmeriaid yw pawb.',
      'CWSMERIAID A GWSMERIAID',
      'Dyma ein hawdurdod ni.',
      'Geirfa',
      'Cwsmeriaid: unrhyw un sy’n derbyn eich gwasanaeth',
      'Awdurdod: yr hyn y cewch ei benderfynu eich hun',
    ].join('\n');
    const after = renamed(text, at(text, 'Cwsmeriaid:'), 'Cleientiaid').split('\n');
    assert.equal(after[0], 'Gofalu am gleientiaid');
    assert.equal(after[2], 'Mae fy nghleientiaid a’i chleientiaid yn bwysig. Cleientiaid yw pawb.');
    assert.equal(after[3], 'CLEIENTIAID A GLEIENTIAID');
    assert.equal(after[6], 'Cleientiaid: unrhyw un sy’n derbyn eich gwasanaeth');
    const vowel = renamed(text, at(text, 'hawdurdod', 0, 2), 'Ymrwymiad').split('\n');
    assert.equal(vowel[4], 'Dyma ein hymrwymiad ni.');
    // A consonant takes no h-, and s takes no mutation: the radical stands.
    const consonant = renamed(text, at(text, 'nghwsmeriaid', 0, 3), 'Siopwyr').split('\n');
    assert.equal(consonant[2], 'Mae fy siopwyr a’i siopwyr yn bwysig. Siopwyr yw pawb.');
  });

  it('mutates each word of a multi-word term as it was', () => {
    const text = layout('welsh-glossary.nos.txt');
    const after = renamed(text, at(text, 'weithdrefn gwyno'), 'Proses cwyno').split('\n');
    assert.equal(after[7], '2. ymateb i bob cwyn yn unol â’r broses cwyno');
    assert.equal(after[11], '1. proses cwyno eich sefydliad');
    assert.equal(after[15], 'Proses cwyno: y camau i’w dilyn pan fydd cwsmer yn cwyno');
  });

  it('keeps the soft mutation of a later word', () => {
    const text = [
      'Trosolwg',
      'Dilynwch y weithdrefn gwyno a’r gweithdrefn cwyno.',
      'Geirfa',
      'Gweithdrefn cwyno: y camau i’w dilyn',
    ].join('\n');
    const after = renamed(text, at(text, 'weithdrefn gwyno'), 'Proses cadw').split('\n');
    assert.equal(after[1], 'Dilynwch y broses gadw a’r proses cadw.');
    assert.equal(after[3], 'Proses cadw: y camau i’w dilyn');
  });

  it('leaves the catalogue’s headings and lead-ins, which use no term', () => {
    const text = [
      'Trosolwg', 'Mae’r safon hon yn ymwneud â chadw gwybodaeth.',
      'Gwybodaeth a dealltwriaeth', 'Mae angen i chi wybod a deall:', '1. sut i gofnodi gwybodaeth',
      'Geirfa', 'Gwybodaeth: cofnodion am gwsmeriaid',
    ].join('\n');
    const after = renamed(text, at(text, 'Gwybodaeth:'), 'Data').split('\n');
    assert.deepEqual([after[1], after[2], after[4], after[6]], ['Mae’r safon hon yn ymwneud â chadw data.', 'Gwybodaeth a dealltwriaeth', '1. sut i gofnodi data', 'Data: cofnodion am gwsmeriaid']);
  });

  it('follows the headword’s English plural pattern', () => {
    const text = layout('web-copy-en.nos.txt');
    const client = renamed(text, at(text, 'Customer(s)'), 'Client(s)').split('\n');
    assert.equal(client[0], 'Provide client service in a contact centre');
    assert.equal(client[11], 'Greet clients');
    assert.equal(client[14], '2. confirm your understanding of the client\'s request');
    assert.equal(client[35], 'Client(s): anyone who receives your services, inside or outside your organisation');
    const child = renamed(text, at(text, 'Greet customers', 0, 8), 'Child(ren)').split('\n');
    assert.equal(child[11], 'Greet children');
    assert.equal(child[13], '2. listen actively to identify child enquiries');
    // Without a plural in the new name, the English rule makes one.
    const party = renamed(text, at(text, 'Customer(s)'), 'Party').split('\n');
    assert.equal(party[11], 'Greet parties');
    assert.equal(party[35], 'Party: anyone who receives your services, inside or outside your organisation');
  });

  it('keeps acronyms of the new name in capitals', () => {
    const text = layout('web-copy-en.nos.txt');
    const after = renamed(text, at(text, 'Customer(s)'), 'NHS patient(s)').split('\n');
    assert.equal(after[11], 'Greet NHS patients');
    assert.equal(after[0], 'Provide NHS patient service in a contact centre');
  });

  it('refuses with a message in the document’s language', () => {
    const welsh = layout('welsh-glossary.nos.txt');
    const english = layout('web-copy-en.nos.txt');
    const service = createNosService();
    const offWelsh = service.prepareRename(service.analyse(welsh), at(welsh, 'Trosolwg'));
    assert.deepEqual(offWelsh, { refusal: "Dim ond termau'r eirfa y gellir eu hailenwi: rhowch y cyrchwr ar derm yn yr eirfa neu ar un o'r mannau lle mae'n cael ei ddefnyddio." });
    const offEnglish = service.prepareRename(service.analyse(english), at(english, 'Overview'));
    assert.ok('refusal' in offEnglish && offEnglish.refusal.startsWith('Only glossary terms can be renamed'));
    assert.match(refusal(english, at(english, 'Overview'), 'Client'), /^Only glossary terms/);
    assert.match(refusal(english, at(english, 'Customer(s)'), '  '), /cannot be a glossary term/);
    assert.match(refusal(english, at(english, 'Customer(s)'), 'Client: person'), /“Client: person” cannot be a glossary term/);
    assert.match(refusal(welsh, at(welsh, 'Cwsmer(iaid)'), 'Cleient\nX'), /^Ni all “Cleient\nX” fod yn derm/);
    assert.match(refusal(english, at(english, 'Customer(s)'), '**Client**'), /cannot be a glossary term/);
    assert.match(refusal(english, at(english, 'Customer(s)'), 'Client – person'), /cannot be a glossary term/);
    assert.equal(renamed(english, at(english, 'Customer(s)'), 'Self-employed client').split('\n')[11], 'Greet self-employed clients');
    assert.equal(refusal(welsh, at(welsh, 'gwsmeriaid'), 'Tacograff(au)'),
      'Mae “Tacograff(au)” yn yr eirfa yn barod, fel “Tacograff”: ailenwch y cofnod hwnnw neu dewiswch enw arall.');
    // A Welsh plural cannot be made by rule: the new name must give it.
    assert.match(refusal(welsh, at(welsh, 'Cwsmer(iaid)'), 'Cleient'), /^Mae'r term yn cael ei ddefnyddio yn y lluosog/);
  });

  it('offers the headword as written, over the word under the cursor', () => {
    const text = layout('welsh-glossary.nos.txt');
    const service = createNosService();
    const place = service.prepareRename(service.analyse(text), at(text, 'gwsmeriaid'));
    assert.ok(!('refusal' in place));
    assert.equal(place.placeholder, 'Cwsmer(iaid)');
    assert.equal(textOf(text, place.range), 'gwsmeriaid');
  });
});

describe('folding ranges', () => {
  it('folds each section, each element, the glossary and the metadata block (draft 001)', () => {
    const text = sample('001');
    const lines = text.split('\n');
    const service = createNosService();
    const analysis = service.analyse(text);
    const folds = service.folding(analysis);
    const starts = folds.map((f) => lines[f.startLine].trim());
    for (const section of analysis.doc.sections) {
      if (section.lastLine > section.firstLine) assert.ok(folds.some((f) => f.startLine === section.firstLine && f.endLine === section.lastLine), section.id);
    }
    assert.ok(starts.includes('Geirfa') || analysis.doc.sections.every((s) => s.id !== 'glossary'));
    assert.ok(starts.includes('Ymgysylltu â*\'r cwsmeriaid*'), 'an element folds with its items');
    const metadata = folds.at(-1)!;
    assert.equal(metadata.startLine, analysis.doc.metadataBlockLine);
    assert.ok(folds.every((f) => f.endLine > f.startLine));
  });

  it('folds the glossary of draft 000', () => {
    const text = sample('000');
    const service = createNosService();
    const folds = service.folding(service.analyse(text));
    assert.ok(folds.some((f) => f.startLine === 46 && f.endLine === 51));
  });
});

describe('selection ranges', () => {
  it('grows word → item → element → section → document (draft 001, K17)', () => {
    const text = sample('001');
    const service = createNosService();
    const analysis = service.analyse(text);
    const position = at(text, 'sut i ddelio â chwsmeriaid anodd', 0, 10);
    const [chain] = service.selectionRanges(analysis, [position]);
    const section = analysis.doc.sections.find((s) => s.items.some((item) => item.line === position.line))!;
    const item = section.items.find((it) => it.line === position.line)!;
    const element = section.elements[item.element!];
    assert.deepEqual(chain.map((r) => textOf(text, { start: r.start, end: { line: r.start.line, character: r.start.line === r.end.line ? r.end.character : 1e9 } }).slice(0, 12)), [
      'ddelio', textOf(text, item.range).slice(0, 12), element.label.slice(0, 12), text.split('\n')[section.firstLine].slice(0, 12), text.slice(0, 12),
    ]);
    assert.deepEqual(chain[1], item.range);
    assert.equal(chain[2].start.line, element.line);
    assert.deepEqual(chain[3], section.range);
    assert.equal(chain[4].end.line, text.split('\n').length - 1);
  });

  it('keeps each range inside the next, everywhere in every sample', () => {
    const inside = (a: Range, b: Range) =>
      (a.start.line > b.start.line || (a.start.line === b.start.line && a.start.character >= b.start.character)) &&
      (a.end.line < b.end.line || (a.end.line === b.end.line && a.end.character <= b.end.character));
    for (const number of ['000', '001', '002', '003', '004']) {
      const text = sample(number);
      const service = createNosService();
      const analysis = service.analyse(text);
      const positions = text.split('\n').flatMap((line, i) => [0, Math.floor(line.length / 2), line.length].map((character) => ({ line: i, character })));
      service.selectionRanges(analysis, positions).forEach((chain, i) => {
        assert.ok(chain.length >= 1, `${number} ${JSON.stringify(positions[i])}`);
        const p = positions[i];
        assert.ok(inside({ start: p, end: p }, chain[0]));
        for (let k = 1; k < chain.length; k++) assert.ok(inside(chain[k - 1], chain[k]) && JSON.stringify(chain[k - 1]) !== JSON.stringify(chain[k]));
      });
    }
  });
});
