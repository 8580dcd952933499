// Input that once crashed, hung or had its meaning changed by a fix: wrapped numbers,
// odd spaces, sub-lists, long lists, long glossary headwords, Unicode length changes,
// wrapped glossary definitions and very large drafts. Each case is a class, tried in
// several variants.

import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { analyse, applyEdits, completionsAt, hoverAt, parse, type Analysis } from '../../server/src/core';
import type { NosDocument } from '../../server/src/core';
import { findTermUsage, TermIndex } from '../../server/src/core/model/termUsage';

const termUses = (doc: NosDocument) => findTermUsage(doc, new TermIndex(doc.glossary, doc.language));

const HEAD = ['Manage a team', 'Overview', 'This standard is about managing a team.', 'Performance criteria', 'You must be able to:'];
const TAIL = ['Knowledge and understanding', 'You need to know and understand:', '1. the law'];

/**
 * The text renumbering leaves: every safe fix of criteria-numbering applied, until none
 * is left. (Fix-all also numbers bullets and mends invisible characters; those rules'
 * own tests check what their fixes change.)
 */
function fixed(text: string): string {
  let current = text;
  for (let round = 0; round < 3; round++) {
    const renumbering = analyse(current).findings.filter((f) => f.ruleId === 'criteria-numbering');
    const edits = renumbering.flatMap((f) => f.fixes.filter((fix) => fix.safe).flatMap((fix) => fix.edits));
    if (!edits.length) return current;
    current = applyEdits(current, edits);
  }
  return current;
}

const criteria = (analysis: Analysis) => analysis.doc.sections.find((s) => s.id === 'performance-criteria')!.items;

describe('hostile input', () => {
  describe('a number wrapped to the start of a line is text, not a criterion', () => {
    for (const [style, label] of [['dot', (n: number) => `${n}.`], ['paren', (n: number) => `${n})`], ['prefix', (n: number) => `P${n}`], ['bullet', () => '-']] as const) {
      for (const blank of [false, true]) {
        it(`in a ${style} list${blank ? ', double-spaced' : ''}`, () => {
          const gap = blank ? [''] : [];
          const body = [`${label(1)} respond to complaints within`, ...gap, '24 hours of receiving them', ...gap, `${label(2)} keep records for`, ...gap, '3 years', ...gap, `${label(3)} report to your manager`];
          const text = [...HEAD, ...body, ...TAIL].join('\n');
          const items = criteria(analyse(text));
          assert.equal(items.length, 3);
          assert.equal(items[0].text, 'respond to complaints within 24 hours of receiving them');
          assert.equal(fixed(text), text);
        });
      }
    }

    it('still reads bare-number lists, and a year opening a paragraph stays text', () => {
      const text = [...HEAD, '1 plan work', '2 brief the team', '4 check progress', ...TAIL].join('\n');
      assert.deepEqual(criteria(analyse(text)).map((i) => i.number), [1, 2, 4]);
      assert.match(fixed(text), /\n3 check progress\n/);
      const overview = parse(['Title', 'Overview', '2021 saw the standard revised.', 'Performance criteria', '1. plan'].join('\n'));
      assert.deepEqual(overview.sections[0].paragraphLines, [2]);
    });
  });

  describe('every Unicode space and invisible character after a label separates it', () => {
    // Every code unit that \s matches, and the invisible ones that stand in for a space.
    const separators: string[] = [];
    for (let code = 0; code <= 0xffff; code++) {
      const c = String.fromCharCode(code);
      if (/\s/.test(c) && c !== '\n' && c !== '\r' && c !== '\u2028' && c !== '\u2029') separators.push(c);
    }
    separators.push('\u200b', '\u200c', '\u200d', '\u2060', '\u180e', '\u00ad');
    for (const space of separators) {
      it(`U+${space.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`, () => {
        const text = [...HEAD, '1. plan work', `2.${space}brief the team`, `3.${space}${space}check progress`, `-${space}review`, ...TAIL].join('\n');
        const items = criteria(analyse(text));
        assert.deepEqual(items.map((i) => i.label), ['1.', '2.', '3.']);
        assert.equal(items[1].text, 'brief the team');
        assert.equal(fixed(text), text);
      });
    }
  });

  it('reads a label or glossary entry whose line holds a line or paragraph separator (U+2028, U+2029)', () => {
    const fields = [...HEAD, '1. plan work', ...TAIL, 'Developed by: Skills CFA', 'Date approved:\u2029 \u00ad', 'Keywords teams\u2029people'].join('\n');
    assert.deepEqual(analyse(fields).doc.fields.map((f) => [f.id, f.value]), [['developed-by', 'Skills CFA'], ['date-approved', ''], ['keywords', 'teams\u2029people']]);
    const glossary = [...HEAD, '1. plan work', ...TAIL, 'Glossary', 'Team: the people\u2028who report to you'].join('\n');
    assert.deepEqual(analyse(glossary).doc.glossary.map((e) => [e.term, e.definition]), [['Team', 'the people\u2028who report to you']]);
  });

  describe('a sub-list is part of its item, not places in the list', () => {
    it('keeps P2 after a criterion with sub-bullets (fix output)', () => {
      const text = [...HEAD, 'P1 check the equipment, including:', '- the cables', '  - the plugs', '\u2022 the switches', 'P2 report faults', 'P4 keep records', ...TAIL].join('\n');
      const items = criteria(analyse(text));
      assert.deepEqual(items.map((i) => i.label), ['P1', 'P2', 'P4']);
      assert.deepEqual(items[0].subItems.map((i) => i.text), ['the cables', 'the plugs', 'the switches']);
      assert.equal(items[0].lastLine, 8);
      assert.match(fixed(text), /\nP2 report faults\nP3 keep records\n/);
    });

    it('reads every bullet of a list without numbers as an item, whatever its indentation (draft 002)', () => {
      const text = [...HEAD, '- plan work', ' - brief the team', '   - check progress', ...TAIL].join('\n');
      assert.equal(criteria(analyse(text)).length, 3);
    });
  });

  describe('labels of any length a fix writes are read back', () => {
    for (const [style, label] of [['dot', (n: number) => `${n}.`], ['paren', (n: number) => `${n})`], ['prefix', (n: number) => `P${n}`], ['bare', (n: number) => `${n}`]] as const) {
      it(`${style}: a list of 1,001 items with a repeated number`, () => {
        const items = Array.from({ length: 1001 }, (_, i) => `${label(i === 2 ? 2 : i + 1)} carry out task`);
        const text = [...HEAD, ...items, ...TAIL].join('\n');
        const after = fixed(text);
        const analysis = analyse(after);
        assert.equal(criteria(analysis).length, 1001);
        assert.deepEqual(analysis.findings.filter((f) => f.ruleId === 'criteria-numbering'), []);
        assert.equal(after.split('\n')[HEAD.length + 1000], `${label(1001)} carry out task`);
      });
    }
  });

  describe('Welsh glossary headwords of many joined parts', () => {
    for (const join of ['/', '-', '.', "'"]) {
      it(`keeps the variants linear in the parts, joined by "${join}"`, () => {
        const parts = Array.from({ length: 40 }, (_, i) => `P${i + 1}`);
        const index = new TermIndex([{ forms: [parts.join(join).toLowerCase()] }], 'cy');
        assert.ok(index.variantCount <= 5, `${index.variantCount} variants`);
        // A later part may still be written soft-mutated ("B2" for "P2").
        const text = ['Teitl', 'Trosolwg', `Mae hyn am ${['P1', 'B2', ...parts.slice(2)].join(join)}.`, 'Geirfa', `${parts.slice(0, 22).join(join)}: diffiniad`].join('\n');
        const doc = analyse(text, { language: 'cy' }).doc;
        assert.equal(doc.glossary.length, 1);
      });
    }

    it('finds a term with soft-mutated later words, and reports the mutation', () => {
      const text = ['Teitl', 'Trosolwg', 'Dilynwch y weithdrefn gwyno a’r gweithdrefn cwyno.', 'Geirfa', 'Gweithdrefn cwyno: y camau'].join('\n');
      const doc = parse(text);
      assert.deepEqual(termUses(doc).map((u) => [u.written, u.variant.inflection]), [['weithdrefn gwyno', 'soft'], ['gweithdrefn cwyno', 'radical']]);
    });
  });

  describe('term ranges survive Unicode length changes', () => {
    const before = ['', 'Caf\u00e9 ', 'Cafe\u0301 ', 'e\u0301\u0301 ', '\u{1d400}e\u0301 ', '\u0130 '];
    const after = ['', ' \u0130', ' \u0130\u0130', ' e\u0301', ' \u{1d400}\u0130'];
    for (const head of before) {
      for (const tail of after) {
        it(`${JSON.stringify(head)} customer ${JSON.stringify(tail)}`, () => {
          const line = `${head}customer${tail}`;
          const text = ['Title', 'Overview', line, 'Glossary', 'Customer: a person who buys'].join('\n');
          const doc = parse(text);
          const [use] = termUses(doc);
          assert.equal(use?.written, 'customer');
          assert.equal(use.range.start.character, line.indexOf('customer'));
          const hover = hoverAt(doc, { line: 2, character: line.indexOf('customer') + 1 }, () => termUses(doc));
          assert.deepEqual(hover?.range, use.range);
        });
      }
    }
  });

  describe('glossary definitions wrapped over lines (PDF text)', () => {
    const footer = ['SFJAA101', 'Manage the safe custody of individuals', '3'];
    const draft = (glossary: string[]) =>
      ['SFJAA101', 'Manage the safe custody of individuals', 'Overview', 'Strategic decisions about customers are made by senior managers.', 'SFJAA101', 'Manage the safe custody of individuals', '1', 'Glossary', ...glossary].join('\n');

    const cases: Array<[string, string[]]> = [
      ['a term line and a wrapped definition', ['Strategic decision', 'A decision about the direction of the organisation, taken by senior', 'managers in strategic decision-making. (Source', 'Cabinet Office)', 'Customer', 'Someone who receives your service.']],
      ['a wrapped inline definition with a colon in the wrapped part', ['Strategic decision: a decision about the direction of the organisation taken by senior', 'managers in strategic decision-making. (Source: Cabinet Office)', 'Customer: someone who receives your service.']],
      ['a definition interrupted by a page footer', ['Strategic decision', 'A decision about the direction of the organisation taken by', ...footer, 'senior managers in strategic decision-making', 'Customer', 'Someone who receives your service.']],
      ['a capitalised definition wrapped in short lines, around a page footer', ['Strategic decision', 'A decision taken', 'by senior managers', 'Customer', 'Someone who receives', 'your service from', ...footer, 'the organisation.']],
      ['a short definition wrapped in short lines', ['Strategic decision', 'a decision taken', 'by senior managers', 'about direction', 'Customer', 'someone who receives', 'your service']],
    ];
    for (const [name, glossary] of cases) {
      it(name, () => {
        const { doc, findings } = analyse(draft(glossary));
        assert.deepEqual(doc.glossary.map((g) => g.term), ['Strategic decision', 'Customer']);
        assert.deepEqual(findings.filter((f) => f.ruleId === 'orphan-glossary-term'), []);
      });
    }
  });

  describe('large drafts', function () {
    this.timeout(120_000);

    it('re-analyses a keystroke in a draft of 260,000 headings', () => {
      const text = 'Title\n' + 'Overview\nGlossary\n'.repeat(130_000);
      const first = analyse(text);
      // A line typed near the end: the sections before it are reused.
      const at = text.lastIndexOf('\nGlossary') + 1;
      const typed = text.slice(0, at) + 'x\n' + text.slice(at);
      const next = analyse(typed, { previous: first });
      assert.equal(next.doc.sections.length, first.doc.sections.length);
    });

    it('never spreads an array into a call in the core (the stack holds only so many arguments)', () => {
      const core = path.join(__dirname, '../../server/src/core');
      const files = readdirSync(core, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts'));
      const spread = /[\w\])]\s*\(\s*(?:[^()]*,\s*)?\.\.\./;
      const found = files.flatMap((file) =>
        readFileSync(path.join(core, file), 'utf8').split('\n').map((line, i) => [`${file}:${i + 1}`, line] as const).filter(([, line]) => spread.test(line)),
      );
      assert.deepEqual(found.map(([where]) => where), []);
    });

    it('joins many double-spaced continuation lines of one criterion', () => {
      const text = [...HEAD, '1. carry out the work', ...Array.from({ length: 20_000 }, () => '\nand go on with it'), ...TAIL].join('\n');
      const [item] = criteria(analyse(text));
      assert.equal(item.brokenLines.length, 20_000);
      assert.equal(item.text.length, 'carry out the work'.length + 20_000 * ' and go on with it'.length);
    });

    // How long these take is left to the counter-examples of the property tests.
    it('offers no completion after a run of spaces and a digit, and completes after spaces', () => {
      const doc = parse(`Title\nOverview\n${' '.repeat(1000)}1`);
      assert.equal(completionsAt(doc, { line: 2, character: 1001 }), null);
      const typing = parse(`Title\nOverview\n${' '.repeat(1000)}Trosol`);
      assert.deepEqual(completionsAt(typing, { line: 2, character: 1006 })!.range.start, { line: 2, character: 1000 });
    });
  });
});
