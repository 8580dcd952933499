import assert from 'node:assert/strict';
import { FIELDS, SECTIONS, analyse } from '../../server/src/core';
import { messyDraft, typographic, warmUpDraft } from '../../server/src/core/warmUp';

// The start-up analysis only warms what its draft reaches: every part of the catalogue.
describe('warm-up draft', () => {
  for (const lang of ['en', 'cy'] as const) {
    it(`holds every section and metadata field of the catalogue (${lang})`, () => {
      const { doc } = analyse(warmUpDraft(lang), { language: lang });
      assert.deepEqual(new Set(doc.sections.map((s) => s.id)), new Set(SECTIONS.map((s) => s.id)));
      assert.deepEqual(new Set(doc.fields.map((f) => f.id)), new Set(FIELDS.map((f) => f.id)));
      const criteria = doc.sections.find((s) => s.id === 'performance-criteria');
      assert.equal(criteria?.items.length, 2);
      // Values as real drafts have them, and glossary entries, one with a bracketed ending.
      assert.equal(doc.urn?.value, 'CFACSC01');
      assert.deepEqual(doc.glossary.map((entry) => entry.term), lang === 'en' ? ['Customer(s)', 'Records'] : ['Cwsmer(iaid)', 'Cofnodion']);
    });

    // V8 compiles a regular expression apart for text beyond Latin-1: the second version reaches it.
    it(`has a typographic version beyond Latin-1, with element sub-headings (${lang})`, () => {
      for (const text of [warmUpDraft(lang), messyDraft(lang)]) {
        const written = typographic(text, lang);
        assert.ok([...written].some((ch) => ch.codePointAt(0)! > 0xff));
        assert.ok(!written.includes("'"));
        const { doc } = analyse(written, { language: lang });
        for (const id of ['performance-criteria', 'knowledge-understanding']) {
          assert.equal(doc.sections.find((s) => s.id === id)?.elements.length, 1, `${id} in ${written.slice(0, 30)}`);
        }
      }
    });
  }
});

// The messy draft reaches the rules' reports and fixes: each defect is found.
describe('messy warm-up draft', () => {
  const DEFECTS = [
    'lead-in', 'unnumbered-item', 'broken-item', 'criteria-numbering', 'criterion-verb', 'second-person', 'stray-markup',
    'invisible-character', 'heading-typo', 'mixed-language', 'empty-section', 'title-style', 'placeholder-text',
  ];
  for (const lang of ['en', 'cy'] as const) {
    it(`carries the defects real drafts carry (${lang})`, () => {
      const found = new Set<string>(analyse(messyDraft(lang), { language: lang }).findings.map((f) => f.ruleId));
      for (const rule of lang === 'cy' ? [...DEFECTS, 'welsh-mutation'] : DEFECTS) assert.ok(found.has(rule), `${rule} among ${[...found].join(', ')}`);
    });
  }
});
