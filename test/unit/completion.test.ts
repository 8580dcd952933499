// Completion at the start of a line, on the corpus drafts and small drafts in both
// languages: what is offered where, and in what order. The cursor is put where a writer
// would press Ctrl+Space: on a blank line after a given line (one is added when the
// draft has none there, as pressing Enter would).

import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { completionsAt, parse } from '../../server/src/core';
import { FIELDS, SECTIONS } from '../../server/src/core/catalogue';
import type { NosDocument } from '../../server/src/core/model/types';
import type { Lang } from '../../server/src/core/types';
import { LAYOUTS, readMarked, sample } from './helpers/fixtures';

const layout = (name: string) => readMarked(path.join(LAYOUTS, name)).text;

/**
 * The draft parsed with the cursor on the blank line after the first line that starts
 * (after its indent) with `after`: the blank line there, or one put in.
 */
function cursorAfter(text: string, after: string, options: { language?: Lang } = {}): { doc: NosDocument; line: number } {
  const lines = text.split('\n');
  const at = lines.findIndex((l) => l.trim().startsWith(after));
  assert.ok(at >= 0, `no line starting "${after}"`);
  if (lines[at + 1]?.trim() !== '') lines.splice(at + 1, 0, '');
  return { doc: parse(lines.join('\n'), options), line: at + 1 };
}

/** The labels offered at the start of `line`, in the order the editor shows them; null for none. */
function offered(doc: NosDocument, line: number, character = 0): string[] | null {
  const result = completionsAt(doc, { line, character });
  if (!result) return null;
  return [...result.items].sort((a, b) => (a.sortText < b.sortText ? -1 : a.sortText > b.sortText ? 1 : 0)).map((i) => i.label);
}

function offeredAfter(text: string, after: string, options: { language?: Lang } = {}): string[] | null {
  const { doc, line } = cursorAfter(text, after, options);
  return offered(doc, line);
}

const CURRENT = SECTIONS.filter((s) => !s.artefact);
const headings = (lang: Lang, from = 0) => CURRENT.slice(from).map((s) => s.name[lang]);
const labels = (lang: Lang, ...ids: string[]) => ids.map((id) => FIELDS.find((f) => f.id === id)!.name[lang]);
/** Every label of the other language that is not also one of this language's. */
const foreign = (lang: Lang) => {
  const other: Lang = lang === 'cy' ? 'en' : 'cy';
  const own = new Set([...CURRENT, ...FIELDS].map((p) => p.name[lang]));
  return [...CURRENT, ...FIELDS].map((p) => p.name[other]).filter((name) => !own.has(name));
};

const ENGLISH_DRAFT = [
  'Plan and organise customer service operations',
  'URN: CFACSA1',
  '',
  'Overview',
  'This standard is about planning customer service operations.',
  '',
  'Performance criteria',
  'You must be able to:',
  '1. plan the work of the team',
  '2. agree priorities with colleagues',
  '',
].join('\n');

describe('completion', () => {
  describe('in a complete Welsh draft (sample 001), where every heading is present', () => {
    const draft = sample('001');

    it('offers no heading inside the knowledge section', () => {
      assert.equal(offeredAfter(draft, "2. pwysigrwydd gofal cwsmer da i chi a'ch sefydliad"), null);
      assert.equal(offeredAfter(draft, 'Rheoli adborth cwsmeriaid'), null);
    });

    it('offers no heading between two sections that are both there', () => {
      assert.equal(offeredAfter(draft, "Mae'r safon yma wedi ei anelu at staff"), null);
      assert.equal(offeredAfter(draft, 'Sgiliau'), null);
    });

    it('offers nothing between a metadata label and its value, nor after a label whose value is not written yet', () => {
      assert.equal(offeredAfter(draft, 'Dilysrwydd'), null);
      assert.equal(offeredAfter(draft, 'Fersiwn rhif'), null);
      assert.equal(offeredAfter(draft, 'Geiriau Allweddol'), null);
    });

    it('offers only the missing metadata label after a field of the block, no heading', () => {
      assert.deepEqual(offeredAfter(draft, '31 Maw 2024'), ['Categori SGC']);
      assert.deepEqual(offeredAfter(draft, 'Chwaraeon; hamdden'), ['Categori SGC']);
    });

    it('offers nothing under the title, where the URN and the header are', () => {
      assert.equal(offeredAfter(draft, 'Cymeradwy ar: 30 Maw 2021'), null);
    });
  });

  describe('in a complete English draft (a web copy)', () => {
    const draft = layout('web-copy-en.nos.txt');

    it('offers no heading inside the knowledge section', () => {
      assert.equal(offeredAfter(draft, '2. why active listening matters'), null);
    });

    it('offers nothing between a metadata label and its value', () => {
      assert.equal(offeredAfter(draft, 'Validity'), null);
      assert.equal(offeredAfter(draft, 'Indicative Review Date'), null);
    });

    it('offers the missing metadata labels, the one whose place is here first, then the others in catalogue order', () => {
      // SOC code and NOS category are missing: SOC code goes between Relevant occupations and Suite,
      // NOS category after Keywords.
      assert.deepEqual(offeredAfter(draft, 'Customer service advisers; Contact centre agents'), ['SOC code', 'NOS category']);
      assert.deepEqual(offeredAfter(draft, 'customer service; contact centre; enquiries'), ['NOS category', 'SOC code']);
      assert.deepEqual(offeredAfter(draft, '27 Mar 2028'), ['SOC code', 'NOS category']);
    });
  });

  describe('where parts are missing', () => {
    it('offers the URN under the title, as "URN: ", before the first section (sample 003 has neither)', () => {
      const doc = parse(sample('003'));
      assert.deepEqual(offered(doc, 0), ['URN']);
      assert.equal(completionsAt(doc, { line: 0, character: 0 })!.items[0].insertText, 'URN: ');
    });

    it('offers the missing Welsh headings after the knowledge section in catalogue order, then the missing metadata labels (sample 003)', () => {
      const list = offeredAfter(sample('003'), '26. y gofynion cyfreithiol')!;
      assert.deepEqual(list, [...headings('cy', 3), ...labels('cy', 'version-number', 'soc-code', 'nos-category')]);
    });

    it('offers in the metadata block the Welsh labels missing there, the one that goes here first, and no heading (sample 003)', () => {
      const draft = sample('003');
      assert.deepEqual(offeredAfter(draft, 'Datblygwyd gan Skills CFA'), ['Fersiwn rhif', 'Cod SOC', 'Categori SGC']);
      assert.deepEqual(offeredAfter(draft, 'Geiriau Allweddol Canolfan Gyswllt'), ['Categori SGC', 'Fersiwn rhif', 'Cod SOC']);
    });

    it('offers nothing inside a list of criteria, between element sub-headings and items', () => {
      const draft = sample('003');
      assert.equal(offeredAfter(draft, '17. nodi cwestiynau'), null);
      assert.equal(offeredAfter(draft, 'Monitro a dadansoddi perfformiad gwasanaeth'), null);
    });

    it('offers at the end of a Welsh draft without metadata the headings still to come, then every label in catalogue order (sample 002)', () => {
      const { doc } = cursorAfter(sample('002') + '\n', "- y codau ymarfer a'r polisïau");
      const list = offered(doc, doc.lines.lineCount - 1)!;
      assert.deepEqual(list, [...headings('cy', 3), ...FIELDS.filter((f) => f.id !== 'urn').map((f) => f.name.cy)]);
      for (const name of foreign('cy')) assert.ok(!list.includes(name), `English "${name}" in a Welsh draft`);
    });

    it('offers at the end of an English draft the knowledge heading first, then the rest, the metadata labels in the catalogue\'s order, not their ids\'', () => {
      const { doc, line } = cursorAfter(ENGLISH_DRAFT, '2. agree priorities with colleagues');
      const list = offered(doc, line)!;
      assert.deepEqual(list, [...headings('en', 2), ...FIELDS.filter((f) => f.id !== 'urn').map((f) => f.name.en)]);
      assert.deepEqual(list.slice(-3), ['Suite', 'Keywords', 'NOS category']);
      for (const name of foreign('en')) assert.ok(!list.includes(name), `Welsh "${name}" in an English draft`);
    });

    it('offers between two sections only the missing ones whose place is between them', () => {
      const draft = ENGLISH_DRAFT.replace('URN: CFACSA1\n', '') + 'Glossary\nCustomer(s): anyone who receives a service\n';
      // Before the glossary: the knowledge heading and the optional sections before the glossary.
      assert.deepEqual(offeredAfter(draft, '2. agree priorities with colleagues'), headings('en', 2).slice(0, 7));
      // After it: the sections after the glossary and the metadata labels; not the URN, whose place is under the title.
      const after = offeredAfter(draft, 'Customer(s):')!;
      assert.deepEqual(after.slice(0, 3), ['Links to other NOS', 'External links', 'Developed by']);
      assert.ok(!after.includes('URN') && !after.includes('Knowledge and understanding'));
      assert.deepEqual(offeredAfter(draft, 'Plan and organise customer service operations'), ['URN']);
    });

    it('offers in an empty document the URN, every heading and every metadata label, in the document’s language', () => {
      for (const lang of ['en', 'cy'] as const) {
        const list = offered(parse('', { language: lang }), 0)!;
        assert.deepEqual(list, ['URN', ...headings(lang), ...FIELDS.slice(1).map((f) => f.name[lang])]);
      }
    });
  });

  describe('under a heading', () => {
    it('offers the lead-ins of a heading that has none first, in its language', () => {
      const welsh = offeredAfter('Teitl\nTrosolwg\nMae\'r safon hon yn ymwneud â chynllunio.\nMeini prawf perfformiad\n', 'Meini prawf perfformiad')!;
      assert.deepEqual(welsh.slice(0, 3), ["Mae'n rhaid eich bod chi'n gallu:", 'Rhaid i chi allu:', 'Gwybodaeth a dealltwriaeth']);
      const english = offeredAfter(ENGLISH_DRAFT.replace('You must be able to:\n', ''), 'Performance criteria')!;
      assert.deepEqual(english, ['You must be able to:']);
    });

    it('offers no lead-in under a heading that has one, and nothing between the heading and it', () => {
      assert.equal(offeredAfter(ENGLISH_DRAFT, 'Performance criteria'), null);
      assert.equal(offeredAfter(sample('003'), 'Gwybodaeth a dealltwriaeth'), null);
    });

    it('offers the missing heading of a lead-in just above it, inserting the heading alone', () => {
      const draft = ['Cynllunio gwaith', 'URN: CFACSA1', '', 'Trosolwg', 'Mae’r safon hon yn ymwneud â chynllunio.', '', 'Mae angen i chi wybod a deall:', '1. sut i gynllunio', ''].join('\n');
      const { doc, line } = cursorAfter(draft, 'Mae’r safon hon');
      assert.deepEqual(offered(doc, line), ['Meini prawf perfformiad', 'Gwybodaeth a dealltwriaeth']);
      const heading = completionsAt(doc, { line, character: 0 })!.items.find((i) => i.label === 'Gwybodaeth a dealltwriaeth')!;
      assert.equal(heading.insertText, 'Gwybodaeth a dealltwriaeth\n');
      // After the list the knowledge section is there: its heading is not offered again.
      assert.ok(!offeredAfter(draft, '1. sut i gynllunio')!.includes('Gwybodaeth a dealltwriaeth'));
    });
  });

  describe('what it inserts and replaces', () => {
    it('leaves the writer at the first item of a numbered list, and after “URN: ”', () => {
      const { items } = completionsAt(parse('Teitl\n', { language: 'cy' }), { line: 1, character: 0 })!;
      const insert = (label: string) => items.find((i) => i.label === label)!.insertText;
      assert.equal(insert('Meini prawf perfformiad'), "Meini prawf perfformiad\nMae'n rhaid eich bod chi'n gallu:\n1. ");
      assert.equal(insert('Trosolwg'), 'Trosolwg\n');
      assert.equal(insert('URN'), 'URN: ');
      assert.equal(insert('Datblygwyd gan'), 'Datblygwyd gan\n');
    });

    it('names each part in the other language too, and says what it holds', () => {
      const { items } = completionsAt(parse('Teitl\n', { language: 'cy' }), { line: 1, character: 0 })!;
      const scope = items.find((i) => i.label === 'Cwmpas/ystod')!;
      assert.equal(scope.detail, 'Scope/range');
      assert.ok(scope.documentation.length > 0);
    });

    it('replaces what is typed after markup, and still offers a heading typed in full on its own line', () => {
      const typed = '## Knowledge and understanding';
      const doc = parse(ENGLISH_DRAFT + typed);
      const line = doc.lines.lineCount - 1;
      const result = completionsAt(doc, { line, character: typed.length })!;
      assert.deepEqual(result.range, { start: { line, character: 3 }, end: { line, character: typed.length } });
      assert.equal(result.items[0].label, 'Knowledge and understanding');
    });

    it('stays quiet inside a sentence', () => {
      const doc = parse(sample('000'));
      assert.equal(completionsAt(doc, { line: 2, character: 20 }), null);
    });
  });

  describe('the old template (UKCES)', () => {
    const draft = layout('ukces-template-en.nos.txt');

    it('gives its "Additional Information" grouping heading no place among the sections', () => {
      // After the scope/range lists, before the glossary: the sections between them.
      assert.deepEqual(offeredAfter(draft, '2. trailing cables'), headings('en', 4).slice(0, 5));
      assert.equal(offeredAfter(draft, 'K5 how to use personal protective equipment'), null);
    });
  });

  describe('page footers of a PDF copy', () => {
    const draft = layout('pdf-text-en.nos.txt');

    it('are skipped: before a footer inside a list is still inside the list', () => {
      assert.equal(offeredAfter(draft, '2. how to assess the risks individuals pose'), null);
    });

    it('do not hide the end of the body, where the optional sections and the missing labels go', () => {
      assert.deepEqual(offeredAfter(draft, '4. why custody records must be accurate'), [...headings('en', 3), 'SOC code', 'NOS category']);
    });
  });
});
