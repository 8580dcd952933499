import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { analyse, applyEdits, fixAll, groupFix } from '../../../server/src/core';
import { LAYOUTS, readMarked } from '../helpers/fixtures';
import { assertMutation, CLEAN, findingsOf, LANGS } from '../helpers/mutation';

const rule = 'page-noise';
const on = { rules: { 'page-noise': 'information' as const } };

/** A PDF-style copy of the clean text: the bare URN, then the title, then the body. */
const pdf = (lang: 'en' | 'cy') => ['CFACSB1', CLEAN[lang][0], ...CLEAN[lang].slice(2)];
const footer = (lang: 'en' | 'cy', page: number) => ['CFACSB1 ', CLEAN[lang][0], lang === 'en' ? `Page ${page} of 3` : `Tudalen ${page} o 3`];

describe('rule page-noise', () => {
  for (const lang of LANGS) {
    it(`reports a page footer when turned on, and removes it (${lang})`, () => {
      const clean = pdf(lang);
      const dirty = [...clean.slice(0, 8), ...footer(lang, 1), ...clean.slice(8)];
      const finding = assertMutation({ rule, clean: clean.join('\n'), dirty: dirty.join('\n'), line: 8, options: on, safe: true });
      assert.equal(finding.message, lang === 'en'
        ? 'A page footer from a PDF copy (URN, title, page number): it is not part of the standard.'
        : "Troedyn tudalen o gopi PDF (URN, teitl, rhif tudalen): nid yw'n rhan o'r safon.");
    });
  }

  it('reads a footer through the invisible characters in it, which invisible-character leaves to it', () => {
    const clean = pdf('en');
    const [urn, title] = footer('en', 1);
    const dirty = [...clean.slice(0, 8), `\u200b${urn}`, title, `Page\u202e 1 of 3`, ...clean.slice(8)].join('\n');
    const analysis = analyse(dirty, on);
    assert.deepEqual(analysis.findings.filter((f) => f.range.start.line === 8 || f.range.start.line === 10).map((f) => f.ruleId), [rule]);
    assert.equal(applyEdits(dirty, fixAll(analysis)!.edits), clean.join('\n'));
  });

  it('is off by default', () => {
    const fixture = readMarked(path.join(LAYOUTS, 'pdf-text-en.nos.txt'));
    assert.deepEqual(findingsOf(rule, fixture.text), []);
  });

  it('finds the three footers of the PDF layout and removes them all with one action (and fix-all)', () => {
    const { text } = readMarked(path.join(LAYOUTS, 'pdf-text-en.nos.txt'));
    const analysis = analyse(text, on);
    const findings = analysis.findings.filter((f) => f.ruleId === rule);
    assert.deepEqual(findings.map((f) => f.range.start.line + 1), [11, 21, 48]);
    const all = groupFix(analysis, 'page-noise')!;
    assert.equal(all.title, 'Remove all page footers');
    const cleaned = applyEdits(text, all.edits);
    assert.equal(cleaned.split('\n').length, text.split('\n').length - 9);
    assert.equal(cleaned.split('\n').filter((line) => line === 'SFJAA101 ').length, 1);
    assert.ok(cleaned.includes('in line with\norganisational procedures'));
    assert.deepEqual(findingsOf(rule, applyEdits(text, fixAll(analysis)!.edits), on), []);
  });
});
