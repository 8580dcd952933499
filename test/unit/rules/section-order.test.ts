import * as assert from 'node:assert/strict';
import { createNosService } from '../../../server/src/core';
import { keptInOrder } from '../../../server/src/core/rules/section-order';
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

  it('keeps a move after the last line while the text\'s end is untouched, and makes it again when it changes', () => {
    const service = createNosService();
    const dirty = early([...CLEAN.en, ...skills]);
    const moveAfter = (lines: string[], previous?: ReturnType<typeof service.analyse>) => {
      const analysis = service.analyse(lines.join('\n'), { previous });
      const [finding] = analysis.findings.filter((f) => f.ruleId === rule);
      const [expected] = service.analyse(lines.join('\n')).findings.filter((f) => f.ruleId === rule);
      assert.deepEqual(finding.fixes, expected.fixes, 'as a full analysis makes it');
      return { analysis, edits: finding.fixes[0].edits };
    };
    const first = moveAfter(dirty);
    const elsewhere = dirty.map((line, i) => (i === 8 ? `${line}x` : line));
    assert.equal(moveAfter(elsewhere, first.analysis).edits, first.edits, 'the same edits');
    for (const end of [[...dirty.slice(0, -1), `${dirty.at(-1)}x`], [...dirty, '']]) assert.notEqual(moveAfter(end, first.analysis).edits, first.edits);
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
    const findings = findingsOf(rule, early.join('\n'));
    assert.deepEqual(findings.map((f) => f.message), ['“Scope/range” should come after “Knowledge and understanding”.']);
  });

  // One section put early is reported, not every section after it.
  const GLOSSARY = { en: ['Glossary', 'Customer: anyone you serve'], cy: ['Geirfa', 'Cwsmer: unrhyw un rydych yn ei wasanaethu'] };
  const SKILLS = { en: ['Skills', 'listening'], cy: ['Sgiliau', 'gwrando'] };
  const [glossary, skills] = [GLOSSARY.en, SKILLS.en];
  const early = (lines: string[], lang: 'en' | 'cy' = 'en') => [...lines.slice(0, 4), ...GLOSSARY[lang], ...lines.slice(4)];
  for (const lang of LANGS) {
    it(`reports one section put before the others and moves it after the last it should follow (${lang})`, () => {
      const clean = [...CLEAN[lang], ...SKILLS[lang], ...GLOSSARY[lang]];
      const dirty = early([...CLEAN[lang], ...SKILLS[lang]], lang);
      const finding = assertMutation({ rule, clean: clean.join('\n'), dirty: dirty.join('\n'), line: 4 });
      assert.equal(findingsOf(rule, dirty.join('\n')).length, 1);
      assert.equal(finding.message, lang === 'en' ? '“Glossary” should come after “Skills”.' : 'Dylai “Geirfa” ddod ar ôl “Sgiliau”.');
      assert.equal(finding.fixes[0].title, lang === 'en' ? 'Move “Glossary” after “Skills”' : 'Symud “Geirfa” ar ôl “Sgiliau”');
    });
  }

  it('moves a section down to the end of the text, before the metadata, and in a spaced layout', () => {
    const metadata = ['Developed by', 'Skills CFA'];
    const plain = [...CLEAN.en, ...skills, ...glossary];
    for (const [clean, dirty] of [
      [plain, early([...CLEAN.en, ...skills])],
      [[...plain, ''], [...early([...CLEAN.en, ...skills]), '']],
      [[...plain, ...metadata], [...early([...CLEAN.en, ...skills]), ...metadata]],
    ]) assertMutation({ rule, clean: clean.join('\n'), dirty: dirty.join('\n'), line: 4 });
    const blocks = [CLEAN.en.slice(0, 2), CLEAN.en.slice(2, 4), CLEAN.en.slice(4, 9), CLEAN.en.slice(9), skills, glossary];
    const order = (...at: number[]) => at.map((i) => blocks[i].join('\n')).join('\n\n');
    for (const end of ['', '\n', '\n\n']) {
      assertMutation({ rule, clean: order(0, 1, 2, 3, 4, 5) + end, dirty: order(0, 1, 5, 2, 3, 4) + end, line: 6 });
    }
  });

  it('keeps the longest run of sections in order, the earliest of equals', () => {
    assert.deepEqual(keptInOrder([8, 2, 3, 6]), [false, true, true, true]);
    assert.deepEqual(keptInOrder([3, 2]), [true, false]);
    assert.deepEqual(keptInOrder([1, 3, 3, 2, 4]), [true, true, true, false, true]);
    // Against every choice of sections to keep, on short lists.
    for (let n = 0; n <= 7; n++) {
      for (let seed = 0; seed < 40; seed++) {
        const ranks = Array.from({ length: n }, (_, i) => (seed * 7 + i * 13 + seed * i) % 5);
        const kept = keptInOrder(ranks);
        const run = ranks.filter((_, i) => kept[i]);
        assert.ok(run.every((r, i) => i === 0 || run[i - 1] <= r), `${ranks} kept ${run}`);
        let best = 0;
        for (let mask = 0; mask < 1 << n; mask++) {
          const chosen = ranks.filter((_, i) => mask & (1 << i));
          if (chosen.every((r, i) => i === 0 || chosen[i - 1] <= r)) best = Math.max(best, chosen.length);
        }
        assert.equal(run.length, best, `${ranks}`);
      }
    }
  });

  it('is silent on the drafts and the layout fixtures', () => {
    for (const number of ['000', '001', '002', '003', '004']) assert.deepEqual(findingsOf(rule, sample(number)), [], number);
    for (const fixture of layoutFixtures()) assert.deepEqual(findingsOf(rule, fixture.text), [], fixture.name);
  });
});
