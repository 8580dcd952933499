// Property 4: the same text gives the same findings, in the same order, and the same
// outline, however it is reached: analysed afresh, again, or re-analysed from the
// analysis of an earlier version (as the server does on every keystroke), whatever the
// earlier version and its settings were.

import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { analyse, outline, type Analysis, type AnalyseOptions } from '../../server/src/core';
import { analyseOptions, anyText, insertions, splice, splices, type Splice } from './arbitraries';
import { property } from './config';

const snapshot = ({ doc, findings }: Analysis) => JSON.stringify({ findings, outline: outline(doc) });

function assertSameAsFresh(text: string, options: AnalyseOptions, previous: Analysis, what: string): Analysis {
  const again = analyse(text, { ...options, previous });
  assert.equal(snapshot(again), snapshot(analyse(text, options)), what);
  return again;
}

/** Each version, re-analysed from the analysis of the one before, is analysed as afresh. */
function assertEditByEdit(start: string, edits: Splice[], options: AnalyseOptions): void {
  let text = start;
  let previous = analyse(text, options);
  // Editors ask for each version's outline, whose nodes are kept with their sections.
  snapshot(previous);
  for (const edit of edits) {
    const before = text;
    text = splice(text, edit);
    previous = assertSameAsFresh(text, options, previous, `after ${JSON.stringify(edit)} on ${JSON.stringify(before)}`);
  }
}

describe('property: analysis is deterministic', () => {
  property('twice, and re-analysed from any other text under any settings', 200, () =>
    fc.property(anyText, anyText, analyseOptions, analyseOptions, (text, other, options, otherOptions) => {
      const fresh = analyse(text, options);
      assert.equal(snapshot(analyse(text, options)), snapshot(fresh), 'analysed twice');
      assertSameAsFresh(text, options, fresh, 'from its own analysis');
      assertSameAsFresh(text, options, analyse(other, otherOptions), `from the analysis of ${JSON.stringify(other)}`);
    }),
  );

  property('re-analysed edit after edit from the previous analysis', 200, () =>
    fc.property(anyText, fc.array(splices(40, insertions), { minLength: 1, maxLength: 8 }), analyseOptions, assertEditByEdit),
  );

  describe('counter-examples', () => {
    // The outline node of the second glossary heading, kept with its unchanged section,
    // listed the terms the first glossary had before the edit.
    it('an edit of the first of two glossaries', () => {
      const text = 'Title\nOverview\nText.\nGlossary\nAmber: x\n\nGlossary\nBlue: y';
      assertEditByEdit(text, [{ at: text.indexOf('Amber'), length: 5, text: 'Cyan' }], {});
    });

    // The removal of the empty heading at the end, kept with its unchanged section, took
    // the line break before it from where the longer line before used to end.
    it('an edit of the line before an empty heading at the end of the text', () => {
      const text = 'Title\nOverview\nSome text.\nSkills\n\nValues';
      assertEditByEdit(text, [{ at: text.indexOf('Skills'), length: 0, text: 'X' }], {});
    });
  });
});
