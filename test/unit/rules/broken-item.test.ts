import * as assert from 'node:assert/strict';
import { analyse, applyEdits, groupFix } from '../../../server/src/core';
import { sample } from '../helpers/fixtures';
import { assertMutation, CLEAN, findingsOf, LANGS } from '../helpers/mutation';

const rule = 'broken-item';

/** The lines with line `index` split after its `words`-th word, with `gap` between the halves. */
function split(lines: string[], index: number, words: number, gap: string[]): string {
  const parts = lines[index].split(' ');
  return [...lines.slice(0, index), parts.slice(0, words).join(' '), ...gap, parts.slice(words).join(' '), ...lines.slice(index + 1)].join('\n');
}

describe('rule broken-item', () => {
  for (const lang of LANGS) {
    const clean = CLEAN[lang].join('\n');
    it(`reports an item split by a blank line, as a warning, and joins it (${lang})`, () => {
      const finding = assertMutation({ rule, clean, dirty: split(CLEAN[lang], 8, 3, ['']), line: 10 });
      assert.equal(finding.severity, 2);
      assertMutation({ rule, clean, dirty: split(CLEAN[lang], 13, 2, ['', '  ']), line: 16 });
    });

    it(`reports an item broken by a line break, as information, and joins it (${lang})`, () => {
      const finding = assertMutation({ rule, clean, dirty: split(CLEAN[lang], 12, 2, []), line: 13 });
      assert.equal(finding.severity, 3);
    });

    it(`reports items run together on one line and gives each its line back (${lang})`, () => {
      const lines = CLEAN[lang];
      const dirty = [...lines.slice(0, 7), `${lines[7]} ${lines[8]}`, ...lines.slice(9)].join('\n');
      const message = lang === 'en'
        ? '2 items run together on this line, “1.” to “2.”: each item goes on a line of its own.'
        : 'Mae 2 eitem yn rhedeg at ei gilydd ar y llinell hon, o “1.” i “2.”: dylai pob eitem fod ar ei llinell ei hun.';
      // Offered one by one: fix-all leaves it to the writer.
      const finding = assertMutation({ rule, clean, dirty, line: 7, message, safe: false });
      assert.equal(finding.severity, 2);
      // The text's own line breaks.
      assertMutation({ rule, clean: clean.replace(/\n/g, '\r\n'), dirty: dirty.replace(/\n/g, '\r\n'), line: 7 });
      // Indented items keep their indentation.
      const indented = CLEAN[lang].map((l) => (/^\d+\. /.test(l) ? `  ${l}` : l));
      assertMutation({ rule, clean: indented.join('\n'), dirty: [...indented.slice(0, 7), `${indented[7]} ${indented[8].trim()}`, ...indented.slice(9)].join('\n'), line: 7 });
    });

    it(`reports an empty item and removes it (${lang})`, () => {
      const lines = [...CLEAN[lang]];
      lines.splice(8, 0, '2.');
      const finding = assertMutation({ rule, clean, dirty: lines.join('\n'), line: 8 });
      assert.equal(finding.message, lang === 'en' ? 'The item “2.” has no text.' : 'Nid oes testun gan yr eitem “2.”.');
    });

    it(`reports an empty bullet without quoting the bullet (${lang})`, () => {
      const bulleted = CLEAN[lang].map((l) => l.replace(/^\d+\. /, '- '));
      const lines = [...bulleted];
      lines.splice(8, 0, '-');
      const finding = assertMutation({ rule, clean: bulleted.join('\n'), dirty: lines.join('\n'), line: 8 });
      assert.equal(finding.message, lang === 'en' ? 'This bullet has no text.' : 'Nid oes testun gan y bwled hwn.');
    });
  }

  it('joins the wrapped lines of a list with one action, and leaves a blank line inside an item to its own fix', () => {
    for (const lang of LANGS) {
      const lines = CLEAN[lang];
      // Items 1 and 2 of the criteria wrapped, as a PDF copy has them; knowledge item 1 split by a blank line.
      const dirty = split(split(split(lines, 8, 2, []).split('\n'), 7, 2, []).split('\n'), 14, 3, ['']);
      const analysis = analyse(dirty);
      const findings = analysis.findings.filter((f) => f.ruleId === rule);
      assert.deepEqual(findings.map((f) => [f.range.start.line, f.severity, f.group?.title]), [
        [8, 3, lang === 'en' ? 'Join the broken lines of this list' : 'Uno llinellau toredig y rhestr hon'],
        [10, 3, lang === 'en' ? 'Join the broken lines of this list' : 'Uno llinellau toredig y rhestr hon'],
        [16, 2, undefined],
      ]);
      const all = groupFix(analysis, findings[0].group!.key)!;
      assert.equal(all.count, 2);
      assert.equal(applyEdits(dirty, all.edits), split(lines, 12, 3, ['']));
    }
  });

  it('leaves an empty last item alone: the writer is typing it', () => {
    assert.deepEqual(findingsOf(rule, [...CLEAN.en, '3. '].join('\n')), []);
  });

  it('says nothing of a continuation after a PDF page footer', () => {
    const text = [
      'SFJAA101', 'Manage custody', 'Overview', 'This standard is about custody.', 'Performance criteria', 'You must be able to:',
      '1. search individuals and their property in line with', 'SFJAA101', 'Manage custody', '1', 'organisational procedures', '2. record property',
      'SFJAA101', 'Manage custody', '2',
    ].join('\n');
    assert.deepEqual(findingsOf(rule, text), []);
  });

  it('reports items 15 and 27 of draft 003 in Welsh', () => {
    const findings = findingsOf(rule, sample('003'));
    assert.deepEqual(findings.map((f) => f.range.start.line + 1), [32, 62]);
    assert.equal(findings[0].message, "Mae llinell wag yn hollti'r eitem “15.”: mae'r llinell hon yn ei pharhau.");
  });

  it('leaves a number in prose alone, and one that does not come next', () => {
    for (const item of ['1. complete section 2. of the form', '1. plan work for 3. teams']) {
      const lines = [...CLEAN.en.slice(0, 7), item, ...CLEAN.en.slice(8)];
      assert.deepEqual(findingsOf(rule, lines.join('\n')), [], item);
    }
  });
});
