// Re-parsing with the previous model gives exactly what a full parse gives, after any
// edit: the server re-uses earlier models on every keystroke.

import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { analyse, DOCUMENT_RULES, type Analysis, type NosDocument, type SectionId } from '../../server/src/core';
import { parseText } from '../../server/src/core/model/parse';
import { reparse } from '../../server/src/core/model/reparse';
import { textChange } from '../../server/src/core/model/change';
import { LineIndex } from '../../server/src/core/text/lineIndex';
import { layoutFixtures, sample, sampleNames } from './helpers/fixtures';
import { CLEAN } from './helpers/mutation';

/** The model without its line index, which holds caches. */
function snapshot(doc: NosDocument): string {
  const { lines, ...model } = doc;
  return JSON.stringify({ text: lines.text, ...model });
}

const drafts = [...sampleNames().map((n) => sample(n.slice(0, 3))), ...layoutFixtures().map((f) => f.text)];
// And flattened, as dataset exports hold them (read part by part, flat/).
const texts = [...drafts, ...drafts.map((text) => text.replace(/\s+/g, ' '))];

/** Edits a writer makes: type, delete, break or join lines, paste a heading or an item. */
const pieces = fc.constantFrom('x', ' ', '\n', '\n\n', '\r\n', '\r', '1. ', '7', 'P3 ', '- ', 'Overview\n', 'Trosolwg\n', 'Geirfa\n', 'Glossary\n', 'Developed by\n', 'Datblygwyd gan Skills CFA\n', 'Scope/range\n', 'Term(s): meaning\n', 'cwsmeriaid ', '');
const edit = fc.record({ at: fc.nat(), length: fc.nat({ max: 40 }), insert: fc.array(pieces, { maxLength: 3 }).map((p) => p.join('')) });

function apply(text: string, e: { at: number; length: number; insert: string }): string {
  const at = e.at % (text.length + 1);
  return text.slice(0, at) + e.insert + text.slice(Math.min(text.length, at + e.length));
}

describe('incremental re-parse', function () {
  this.timeout(60_000);
  it('equals a full parse after random edits, one after another', () => {
    fc.assert(
      fc.property(fc.constantFrom(...texts), fc.array(edit, { minLength: 1, maxLength: 8 }), (start, edits) => {
        let text = start;
        let previous = analyse(text);
        for (const e of edits) {
          text = apply(text, e);
          const incremental = analyse(text, { previous });
          const full = analyse(text);
          assert.equal(snapshot(incremental.doc), snapshot(full.doc));
          assert.deepEqual(incremental.findings, full.findings);
          previous = incremental;
        }
      }),
      { seed: 20261123, numRuns: 300 },
    );
  });

  it('reads lines wrapped before a name, and the title as a sub-heading after a footer, as a full parse does, in either language', () => {
    // Whether such a line continues its item depends on the next line, the footers and the language's verbs.
    const title = "Recommend financial products and services to meet clients' needs and objectives";
    const pdf = [
      'FSPFA12 ', title, 'Performance criteria', 'You must be able to:', 'Explain your recommendation',
      "1. explain the client's cancellation rights and their right to complain to the Financial", 'Ombudsman Service',
      "2. respect the client's decision if they choose not to accept your recommendation", 'FSPFA12 ', title, '1', title,
      'Knowledge and understanding', 'You need to know and understand:',
      '1. the requirements of the Money Laundering Regulations 2017 and the Proceeds of Crime Act', '2002',
      '2. your obligations under the UK General Data Protection Regulation (UK GDPR)', 'FSPFA12 ', title, '2',
    ].join('\n');
    const wrapping = fc.constantFrom('Ombudsman Service\n', 'Position the client\n', '2002\n', 'Paratoi\n', ' the', ' Act', '1. ', 'FSPFA12\n', '\n', 'Trosolwg\n', 'Gwybodaeth a dealltwriaeth\n', '');
    const step = fc.record({
      at: fc.nat(),
      length: fc.nat({ max: 40 }),
      insert: fc.array(wrapping, { maxLength: 3 }).map((p) => p.join('')),
      language: fc.constantFrom(undefined, 'en' as const, 'cy' as const),
    });
    fc.assert(
      fc.property(fc.array(step, { minLength: 1, maxLength: 8 }), (steps) => {
        let text = pdf;
        let previous = analyse(text);
        for (const { language, ...e } of steps) {
          text = apply(text, e);
          const incremental = analyse(text, { previous, language });
          assert.equal(snapshot(incremental.doc), snapshot(analyse(text, { language }).doc));
          // The same text read in another language.
          const other = language === 'cy' ? 'en' : 'cy';
          assert.equal(snapshot(analyse(text, { previous: incremental, language: other }).doc), snapshot(analyse(text, { language: other }).doc));
          previous = incremental;
        }
      }),
      { seed: 20261203, numRuns: 200 },
    );
  });

  it('finds the changed run of long texts as a character-by-character comparison does', () => {
    // Runs of few letters make near misses at every length, blocks and their halves included.
    const run = fc.array(fc.constantFrom('a', 'b', '\n'), { maxLength: 9000 }).map((p) => p.join(''));
    const naive = (before: string, after: string) => {
      let from = 0;
      while (from < Math.min(before.length, after.length) && before[from] === after[from]) from++;
      let suffix = 0;
      while (suffix < Math.min(before.length, after.length) - from && before[before.length - 1 - suffix] === after[after.length - 1 - suffix]) suffix++;
      return { from, oldTo: before.length - suffix, newTo: after.length - suffix };
    };
    fc.assert(
      fc.property(run, run, run, run, (head, middle, tail, insert) => {
        const before = head + middle + tail;
        const after = head + insert + tail;
        assert.deepEqual(textChange(before, after), before === after ? null : naive(before, after));
      }),
      { seed: 20261130, numRuns: 300 },
    );
  });

  it('updates the line index as a fresh one would read the new text', () => {
    const breaks = fc.constantFrom('\n', '\r\n', '\r', 'a', 'b ', '');
    const piece = fc.array(breaks, { maxLength: 12 }).map((p) => p.join(''));
    fc.assert(
      fc.property(piece, piece, piece, piece, (head, middle, tail, insert) => {
        const before = head + middle + tail;
        const after = head + insert + tail;
        const edit = textChange(before, after);
        if (!edit) return;
        const { lines } = new LineIndex(before).edited(after, edit);
        const fresh = new LineIndex(after);
        assert.equal(lines.lineCount, fresh.lineCount);
        for (let line = 0; line < fresh.lineCount; line++) {
          assert.deepEqual([lines.lineStart(line), lines.lineEnd(line), lines.lineText(line)], [fresh.lineStart(line), fresh.lineEnd(line), fresh.lineText(line)]);
        }
      }),
      { seed: 20261123, numRuns: 2000 },
    );
  });

  it('re-uses the sections an edit inside one item does not reach', () => {
    const text = sample('001');
    const before = parseText(text);
    const after = reparse(before, text.replace('cynnal sgwrs', 'cynnal y sgwrs')).doc;
    const reused = after.sections.filter((s, i) => s === before.doc.sections[i]).length;
    assert.equal(reused, before.doc.sections.length - 1);
  });

  it('keeps the parser\'s bookkeeping beside the model, not in it', () => {
    const { doc, state } = parseText(sample('001'));
    for (const key of ['lineInfos', 'footer', 'languageVotes']) assert.equal(key in doc, false, key);
    assert.equal(state.lineInfos.length, doc.lines.lineCount);
  });

  it('returns the same model for the same text', () => {
    const before = parseText(sample('003'));
    assert.equal(reparse(before, sample('003')).doc, before.doc);
  });
});

describe('incremental analysis', () => {
  it('keeps the very findings an edit does not change, those of document-wide checks too', () => {
    const text = sample('001');
    const before = analyse(text);
    const after = analyse(text.replace('cynnal sgwrs', 'cynnal y sgwrs'), { previous: before });
    const fresh = analyse(text.replace('cynnal sgwrs', 'cynnal y sgwrs'));
    assert.deepEqual(after.findings, fresh.findings);
    const documentWide = [...before.documentFindings.values()].flat();
    assert.ok(documentWide.length > 0, 'the draft has findings of document-wide checks');
    for (const finding of documentWide) assert.ok(after.findings.includes(finding), `${finding.ruleId}: ${finding.message}`);
  });

  it('moves the sections after a line added or removed with their findings, and checks them again only when they have sub-headings or a parent', () => {
    const text = sample('001');
    // A blank line split, then joined again, in the overview: every later section moves.
    const split = text.replace('Mae gan y safon yma 2 brif', '\nMae gan y safon yma 2 brif');
    for (const [from, to] of [[text, split], [split, text]]) {
      const before = analyse(from);
      const rules = DOCUMENT_RULES.filter((rule) => rule.checkSection);
      const checked = new Set<SectionId>();
      const originals = rules.map((rule) => rule.checkSection!);
      rules.forEach((rule, i) => {
        (rule as { checkSection: typeof originals[number] }).checkSection = (context) => {
          checked.add(context.section.id);
          originals[i](context);
        };
      });
      let after: Analysis;
      try {
        after = analyse(to, { previous: before });
      } finally {
        rules.forEach((rule, i) => ((rule as { checkSection: typeof originals[number] }).checkSection = originals[i]));
      }
      // The overview, edited; and scope/range with its sub-headings: the findings of each
      // depend on the others, whose moved copies the remembered findings do not name.
      assert.deepEqual([...checked], ['overview', 'scope-range', 'scope-performance', 'scope-knowledge']);
      assert.deepEqual(after.findings, analyse(to).findings);
      const moved = after.findings.filter((f) => f.ruleId === 'unnumbered-item' || f.ruleId === 'criteria-numbering');
      assert.ok(moved.length > 0 && moved.every((f) => !before.findings.includes(f)), 'the later sections\' findings, moved');
    }
  });

  it('finds a document-wide finding afresh when what it says changes', () => {
    // The knowledge section before the criteria: section-order names the criteria's heading as written.
    const lines = [...CLEAN.en.slice(0, 4), ...CLEAN.en.slice(9), ...CLEAN.en.slice(4, 9), 'Developed by', 'Skills CFA'];
    const before = analyse(lines.join('\n'));
    const [moved] = before.findings.filter((f) => f.ruleId === 'section-order');
    const renamed = lines.join('\n').replace('Performance criteria', 'Performance Criteria');
    const after = analyse(renamed, { previous: before });
    const [again] = after.findings.filter((f) => f.ruleId === 'section-order');
    assert.notEqual(again, moved);
    assert.deepEqual(after.findings, analyse(renamed).findings);
    assert.match(again.message, /Performance Criteria/);
  });
});
