import * as assert from 'node:assert/strict';
import { analyse, applyEdits, groupFix } from '../../../server/src/core';
import { sample } from '../helpers/fixtures';
import { assertMutation, CLEAN, findingsOf, LANGS, withLine } from '../helpers/mutation';

const rule = 'invisible-character';

const withURN = (line: string) => CLEAN.en.map((text, i) => (i === 1 ? line : text)).join('\n');

describe('rule invisible-character', () => {
  for (const lang of LANGS) {
    const lines = CLEAN[lang];
    const clean = lines.join('\n');
    it(`reports a no-break space after an item number and puts a space in its place (${lang})`, () => {
      assertMutation({ rule, clean, dirty: withLine(lines, 7, lines[7].replace(' ', '\u00a0')), line: 7, safe: true });
      assertMutation({ rule, clean, dirty: withLine(lines, 12, lines[12].replace(' ', '\u00a0 ')), line: 12, safe: true });
    });

    it(`reports zero-width characters, direction marks and soft hyphens anywhere (${lang})`, () => {
      for (const char of ['\u200b', '\u2060', '\ufeff', '\u00ad', '\u200e', '\u202e', '\u200b\u200b']) {
        assertMutation({ rule, clean, dirty: withLine(lines, 3, lines[3].replace(' ', ' ' + char)), line: 3, safe: true });
        // The title's end; at the URN's end the character is urn-format's (below).
        assertMutation({ rule, clean, dirty: withLine(lines, 0, lines[0] + char), line: 0, safe: true });
      }
      // A joiner joins nothing between a bullet and Latin text.
      const bullet = withLine(lines, 7, lines[7].replace(/^1\. /, '◦\u200c'));
      assert.deepEqual(findingsOf(rule, bullet).map((f) => f.range.start), [{ line: 7, character: 1 }]);
    });

    it(`reports trailing spaces on headings, lead-ins, labels, values and the title (${lang})`, () => {
      for (const line of [0, 1, 2, 4, 5, 9, 10]) {
        assertMutation({ rule, clean, dirty: withLine(lines, line, lines[line] + ' \t'), line, safe: true });
      }
    });

    it(`reports odd spaces (${lang})`, () => {
      assertMutation({ rule, clean, dirty: withLine(lines, 3, lines[3].replace(' ', '\u2003')), line: 3, safe: true });
    });
  }

  it('says so in Welsh', () => {
    const [finding] = findingsOf(rule, withLine(CLEAN.cy, 7, CLEAN.cy[7].replace(' ', '\u00a0')));
    assert.equal(finding.message, 'Mae bwlch di-dor yn dilyn rhif yr eitem: defnyddiwch fwlch cyffredin.');
    assert.equal(finding.fixes[0].title, 'Defnyddio bwlch cyffredin');
  });

  it('leaves a no-break space between words, joiners in emoji, a leading BOM and trailing spaces in items', () => {
    const text = '\ufeff' + [...CLEAN.en.slice(0, 3), 'This standard covers 10\u00a0km runs 👩\u200d💻.', ...CLEAN.en.slice(4, 7), '1. greet customers politely ', ...CLEAN.en.slice(8)].join('\n');
    assert.deepEqual(findingsOf(rule, text), []);
  });

  it('leaves the trailing space of the bare URN line of PDF copies', () => {
    assert.deepEqual(findingsOf(rule, ['SFJAA101 ', ...CLEAN.en.filter((_, i) => i !== 1)].join('\n')), []);
  });

  it('leaves the spaces after a label with no value yet, as the URN line the quick fix inserts leaves them', () => {
    const text = [CLEAN.en[0], ...CLEAN.en.slice(2)].join('\n');
    const [missing] = findingsOf('missing-section', text).filter((f) => f.fixes[0]?.cursor !== undefined);
    assert.deepEqual(findingsOf(rule, applyEdits(text, missing.fixes[0].edits)), []);
    assert.equal(findingsOf(rule, withLine(CLEAN.en, 1, 'URN: X ')).length, 1, 'a value has no trailing space');
  });

  it('leaves invisible characters inside a URN to urn-format, unless it is off', () => {
    const text = withURN('URN: ABC\u200b XYZ1');
    const reported = (rules = {}) => analyse(text, { rules }).findings.filter((f) => f.ruleId === rule || f.ruleId === 'urn-format').map((f) => f.ruleId);
    assert.deepEqual(reported(), ['urn-format']);
    assert.deepEqual(reported({ 'urn-format': 'off' }), [rule]);
  });

  it('leaves out of fix-all a removal that makes the line another label', () => {
    const safety = (line: string) => findingsOf(rule, [...CLEAN.cy, line].join('\n')).map((f) => f.fixes[0].safe);
    // "URN gwreiddiolcfa" would be the URN label with a value, no longer the original URN's.
    assert.deepEqual(safety('URN gwreiddiol\u00adcfa'), [false]);
    assert.deepEqual(safety('URN gwreiddiol\u00ad CFA1'), [true]);
    // Alone, taking the direction mark out would make the dash a bullet: the line's other removals wait with it.
    assert.deepEqual(safety('\u202e–\u200bx'), [false, false]);
    assert.deepEqual(safety('gweler\u00ad y\u200b tîm'), [true, true]);
  });

  it('offers one action for the document, which draft 001 is clean after', () => {
    const text = sample('001');
    const analysis = analyse(text);
    const fix = groupFix(analysis, 'invisible-character')!;
    assert.equal(fix.title, 'Tynnu pob nod anweledig');
    assert.equal(fix.count, 10);
    assert.deepEqual(findingsOf(rule, applyEdits(text, fix.edits)), []);
  });
});
