// The language of the messages changes the words of the findings and nothing else: the
// same findings, in the same places, with the same fixes, whatever the text; and nothing
// found in one language is re-used in the other.

import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { analyse, type Finding } from '../../server/src/core';
import { analyseOptions, anyText } from './arbitraries';
import { property } from './config';

const substance = (findings: Finding[]) =>
  JSON.stringify(findings.map((f) => [f.ruleId, f.severity, f.range, f.unnecessary, f.group?.key, f.fixes.map((x) => [x.edits, x.safe, x.isPreferred, x.cursor, x.select])]));

describe('property: the messages language changes only the words', () => {
  property('English and Welsh messages of any text under any settings', 200, () =>
    fc.property(anyText, analyseOptions, (text, options) => {
      const english = analyse(text, { ...options, messages: 'en' });
      const welsh = analyse(text, { ...options, messages: 'cy' });
      assert.equal(welsh.doc.language, english.doc.language);
      assert.equal(substance(welsh.findings), substance(english.findings));
      assert.equal(welsh.messages, 'cy');
      // Re-analysed from the analysis in the other language, as after a change of the setting.
      const switched = analyse(text, { ...options, messages: 'cy', previous: english });
      assert.equal(JSON.stringify(switched.findings), JSON.stringify(welsh.findings));
    }),
  );
});
