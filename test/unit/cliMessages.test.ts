// The message tables of the `nos` command line and of the spelling dictionaries: every entry
// has its English and its Welsh, they differ, and the Welsh keeps no English word of its entry
// besides the values.

import * as assert from 'node:assert/strict';
import { bilingual } from '../../server/src/core/messages/message';
import { CLI } from '../../server/src/cli/messages';
import { SPELLING_MESSAGES } from '../../server/src/spelling/messages';
import type { MessageTable } from '../../server/src/core/messages/message';

/** Values shown as {name}, as docs/messages.md shows them. */
const PLACEHOLDERS = new Proxy({}, { get: (_, name) => `{${String(name)}}` });

/** Words of an English text that are Welsh words too. */
const WELSH_TOO = new Set(['problem', 'system']);

/** Each entry of the table, by its key, in both languages. */
function entries(table: MessageTable, prefix = ''): Array<[key: string, en: string, cy: string]> {
  return Object.entries(table).flatMap(([key, entry]): Array<[string, string, string]> => {
    if (!('en' in entry && 'cy' in entry)) return entries(entry as MessageTable, `${prefix}${key}.`);
    const [en, cy] = [entry.en, entry.cy].map((text) => (typeof text === 'function' ? (text as (values: unknown) => string)(PLACEHOLDERS) : (text as string)));
    return [[`${prefix}${key}`, en, cy]];
  });
}

describe('the messages of the command line', () => {
  const all = [...entries(CLI), ...entries(SPELLING_MESSAGES, 'spelling.')];

  it('has every entry in English and in Welsh, the two different', () => {
    assert.ok(all.length > 30, `only ${all.length} entries`);
    for (const [key, en, cy] of all) {
      assert.ok(en.trim().length > 0, `${key}: no English`);
      assert.ok(cy.trim().length > 0, `${key}: no Welsh`);
      assert.notEqual(cy, en, `${key}: the Welsh is the English`);
    }
  });

  it('keeps no English word in the Welsh but the values and code names', () => {
    // Values, option names and code names (UTF-8, NUL) are the same in both.
    const withoutValues = (text: string) => text.replace(/\{\w+\}|--[\w-]+|\b[A-Z]{2,}[\w-]*/g, ' ');
    for (const [key, en, cy] of all) {
      const words = withoutValues(en).match(/\p{L}{3,}/gu) ?? [];
      const english = words.filter((word) => !WELSH_TOO.has(word.toLowerCase()) && new RegExp(`(^|[^\\p{L}])${word}([^\\p{L}]|$)`, 'iu').test(withoutValues(cy)));
      assert.deepEqual(english, [], `${key}: “${cy}”`);
    }
  });

  it('writes a message in both languages, each taking its own language of a value given in both', () => {
    assert.deepEqual(bilingual(CLI.internalError, { reason: CLI.reasons.EACCES }), {
      en: 'could not be analysed (internal error: permission denied)',
      cy: 'ni ellid ei dadansoddi (gwall mewnol: gwrthodwyd caniatâd)',
    });
    assert.deepEqual(bilingual(CLI.summary, { files: 1, errors: 1, warnings: 2, information: 1, hints: 0 }), {
      en: '1 file, 1 error, 2 warnings, 1 information, 0 hints',
      cy: '1 ffeil, 1 gwall, 2 rhybudd, 1 gwybodaeth, 0 awgrym',
    });
  });
});
