import * as assert from 'node:assert/strict';
import { createNosService } from '../../../server/src/core';
import { layoutFixtures, sample } from '../helpers/fixtures';
import { assertMutation, CLEAN, findingsOf, LANGS } from '../helpers/mutation';

const rule = 'section-order';
/** The clean text with its knowledge section (lines 9-13) before its criteria (4-8). */
const swapped = (lines: string[]) => [...lines.slice(0, 4), ...lines.slice(9), ...lines.slice(4, 9)];

describe('rule section-order', () => {
  for (const lang of LANGS) {
    it(`reports a section after one it should precede and moves it (${lang})`, () => {
      const finding = assertMutation({ rule, clean: CLEAN[lang].join('\n'), dirty: swapped(CLEAN[lang]).join('\n'), line: 9 });
      assert.equal(finding.message, lang === 'en'
        ? '“Performance criteria” should come before “Knowledge and understanding”.'
        : "Dylai “Meini prawf perfformiad” ddod cyn “Gwybodaeth a dealltwriaeth”.");
    });
  }

  it('moves a section with its blank lines in a spaced layout', () => {
    const overview = ['Title', 'URN: CFACSB1', '', 'Overview', '', 'This standard is about service.', ''];
    const pc = ['Performance criteria', '', 'You must be able to:', '1. greet customers', '2. listen to them'];
    const k = ['Knowledge and understanding', '', 'You need to know and understand:', '1. how to greet', '2. why to listen'];
    assertMutation({ rule, clean: [...overview, ...pc, '', ...k].join('\n'), dirty: [...overview, ...k, '', ...pc].join('\n'), line: 13 });
    assertMutation({ rule, clean: [...overview, ...pc, '', ...k, ''].join('\n'), dirty: [...overview, ...k, '', ...pc, ''].join('\n'), line: 13 });
  });

  it('keeps a move while its block is untouched, and makes it again when the block or its blank lines change', () => {
    const service = createNosService();
    // Not at the end of the text, whose blank lines a move takes differently.
    const dirty = [...swapped(CLEAN.en), 'Developed by', 'Skills CFA'];
    const moveAfter = (lines: string[], previous?: ReturnType<typeof service.analyse>) => {
      const analysis = service.analyse(lines.join('\n'), { previous });
      const fresh = service.analyse(lines.join('\n'));
      const [finding] = analysis.findings.filter((f) => f.ruleId === rule);
      const [expected] = fresh.findings.filter((f) => f.ruleId === rule);
      assert.deepEqual(finding.fixes, expected.fixes, 'as a full analysis makes it');
      return { analysis, edits: finding.fixes[0].edits };
    };
    const first = moveAfter(dirty);
    const elsewhere = dirty.map((line, i) => (i === 7 ? `${line}x` : line));
    assert.equal(moveAfter(elsewhere, first.analysis).edits, first.edits, 'the same edits');
    const inside = dirty.map((line, i) => (i === 11 ? `${line}x` : line));
    assert.notEqual(moveAfter(inside, first.analysis).edits, first.edits);
  });

  it('reports a section after the metadata block', () => {
    const lines = [...CLEAN.en, 'Developed by', 'Skills CFA', 'Version number', '1', 'Glossary', 'Customer: anyone you serve'];
    const clean = [...CLEAN.en, 'Glossary', 'Customer: anyone you serve', 'Developed by', 'Skills CFA', 'Version number', '1'].join('\n');
    const finding = assertMutation({ rule, clean, dirty: lines.join('\n'), line: 18 });
    assert.equal(finding.message, '“Glossary” should come before the metadata.');
  });

  it('lets “Additional Information” precede the optional sections, and sub-headings follow their section', () => {
    const lines = [...CLEAN.en, 'Additional Information', 'Scope/range', 'Scope/range related to performance criteria', 'Customers:', '1. internal', 'Values', 'You value customers.'];
    assert.deepEqual(findingsOf(rule, lines.join('\n')), []);
    const early = [...CLEAN.en.slice(0, 4), 'Scope/range', 'Customers:', '1. internal', ...CLEAN.en.slice(4)];
    const [first] = findingsOf(rule, early.join('\n'));
    assert.equal(first.message, '“Performance criteria” should come before “Scope/range”.');
  });

  it('is silent on the drafts and the layout fixtures', () => {
    for (const number of ['000', '001', '002', '003', '004']) assert.deepEqual(findingsOf(rule, sample(number)), [], number);
    for (const fixture of layoutFixtures()) assert.deepEqual(findingsOf(rule, fixture.text), [], fixture.name);
  });
});
