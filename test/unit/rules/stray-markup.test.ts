import * as assert from 'node:assert/strict';
import { assertMutation, CLEAN, findingsOf, LANGS, withLine } from '../helpers/mutation';
import { readMarked, LAYOUTS } from '../helpers/fixtures';
import * as path from 'node:path';

const rule = 'stray-markup';

describe('rule stray-markup', () => {
  for (const lang of LANGS) {
    const lines = CLEAN[lang];
    const clean = lines.join('\n');
    const item = lines[7];
    const [label, first, ...rest] = item.split(' ');
    it(`reports emphasis in an item and takes it out, keeping the text (${lang})`, () => {
      assertMutation({ rule, clean, dirty: withLine(lines, 7, `${label} **${first} ${rest.join(' ')}`), line: 7 });
      assertMutation({ rule, clean, dirty: withLine(lines, 7, `${item} **`), line: 7 });
      assertMutation({ rule, clean, dirty: withLine(lines, 7, `${label} ${first} *${rest.join(' ')}*`), line: 7 });
      assertMutation({ rule, clean, dirty: withLine(lines, 7, `${label} ${first} __${rest.join(' ')}__`), line: 7 });
    });

    it(`reports HTML tags, entities, heading marks and table bars (${lang})`, () => {
      assertMutation({ rule, clean, dirty: withLine(lines, 8, lines[8].replace(/ (\S+)$/, ' <b>$1</b>')), line: 8 });
      assertMutation({ rule, clean, dirty: withLine(lines, 3, lines[3].replace(/ (\S+)$/, ' ## $1')), line: 3 });
      assertMutation({ rule, clean, dirty: withLine(lines, 12, lines[12] + ' |'), line: 12 });
      const message = findingsOf(rule, withLine(lines, 0, lines[0] + ' &amp; more'), { language: lang })[0].message;
      assert.equal(message, lang === 'en'
        ? 'Stray HTML entity “&amp;” in the text: NOS text is plain.'
        : "Mae endid HTML “&amp;” wedi'i adael yn y testun: testun plaen yw testun SGC.");
    });

    it(`reports emphasis inside an element sub-heading, not a whole one in emphasis (${lang})`, () => {
      assertMutation({ rule, clean, dirty: withLine(lines, 6, lines[6].replace(/ (\S+)$/, ' *$1*')), line: 6 });
      assert.deepEqual(findingsOf(rule, withLine(lines, 6, `**${lines[6]}**`)), []);
    });
  }

  it('decodes entities and leaves a space for a tag between words', () => {
    const lines = [...CLEAN.en];
    const [entity] = findingsOf(rule, withLine(lines, 3, 'Health &amp; safety at&nbsp;work'));
    assert.equal(entity.fixes[0].edits[0].newText, '&');
    const [tag] = findingsOf(rule, withLine(lines, 3, 'one line<br>another'));
    assert.equal(tag.fixes[0].edits[0].newText, ' ');
  });

  it('leaves the markup the parser reads as structure, and words with underscores', () => {
    const text = [
      '# Lead a team', '**URN:** CFACSB1', '## Overview', 'This standard is about file_name values and 5 * 3 things.',
      '## Performance criteria', '*You must be able to:*', '### Plan the work', '1. plan work', '## Glossary', '- **Team**: the people who report to you',
    ].join('\n');
    assert.deepEqual(findingsOf(rule, text).map((f) => f.message), []);
  });

  it('finds nothing in the markdown layout fixture', () => {
    assert.deepEqual(findingsOf(rule, readMarked(path.join(LAYOUTS, 'markdown-en.nos.md')).text), []);
  });
});
