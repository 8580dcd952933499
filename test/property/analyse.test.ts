// Property 1: the analyser returns, never throws and never hangs, whatever it is given.

import fc from 'fast-check';
import { analyseOptions, anyText, huge, hugeText, type Huge } from './arbitraries';
import { property } from './config';
import { exercise } from './exercise';
import { exerciseIsolated, stopWorker } from './isolated';

describe('property: the analyser returns for any text', () => {
  after(stopWorker);

  property('for any small text: soup, built, cut and spliced drafts, with any options', 300, () =>
    fc.property(anyText, analyseOptions, (text, options) => {
      exercise(text, options);
    }),
  );

  property('for a 1 MB line or 100,000 empty lines, in reasonable time', 10, () =>
    fc.asyncProperty(huge, async (input) => {
      await exerciseIsolated(hugeText(input));
    }),
  true);

  describe('counter-examples', function () {
    this.timeout(60_000);
    // Each hung: most a regular expression backtracking quadratically over a long run.
    const found: Array<[string, Huge]> = [
      // The URN pattern, tried on the first line before its length was checked.
      ['a first line of 1 MB of letters', { head: '', unit: 'x', times: 1_000_000, tail: '' }],
      // /[\s*_]+$/ trimming the title.
      ['a first line of 1 MB of byte order marks, then text', { head: '', unit: '\uFEFF', times: 1_000_000, tail: 'Scope/range' }],
      // /[*_\s]+$/ trimming a glossary headword.
      ['a glossary line with 1 MB of spaces inside', { head: 'Title\nGlossary\nterm', unit: ' ', times: 1_000_000, tail: 'x' }],
      // The headword pattern of expandHeadword, over a glossary line of one huge word.
      ['a glossary line of one 1 MB word', { head: 'Title\nGlossary\nCustomer', unit: 'x', times: 1_000_000, tail: '' }],
      // /\s*\/\s*/ in the label key of a line of the metadata block.
      ['a metadata line with 1 MB of spaces inside', { head: 'Title\nOverview\nx\nDeveloped by: a\nfoo', unit: ' ', times: 1_000_000, tail: 'x' }],
      // Completion's line-start pattern, whose two groups both accepted a space.
      ['completion after 1 MB of spaces and a digit', { head: 'Title\nOverview\n', unit: ' ', times: 1_000_000, tail: '1' }],
      // The joined text of an item re-tested for a sentence end on every continuation line.
      ['1 MB of double-spaced continuation lines of one criterion', { head: 'Title\nPerformance criteria\n1. carry out the work', unit: '\n\nand go on with it', times: 55_000, tail: '' }],
      // Welsh variants of a headword doubled with each part that mutates (out of memory).
      ['a Welsh glossary headword of 26 joined parts', { head: 'Teitl\nTrosolwg\nMae hyn.\nGeirfa\n', unit: 'P1/', times: 26, tail: 'P2: diffiniad' }],
      // invisible-character's test of a line left blank or a number alone, around an invisible character.
      ['1 MB of spaces, then a byte order mark and text', { head: '', unit: ' ', times: 1_000_000, tail: '\uFEFFURN: \rRN: eich cwsmer' }],
      // The URN patterns of §6.1, over a value of letters with no digit.
      ['a URN label with 1 MB of letters after it', { head: 'URN gwreiddiol ', unit: 'a', times: 1_000_000, tail: '' }],
      // Not a pattern: each label of a line of flattened text looked for the word after it from the line's first word.
      ['3 MB of headings and lead-ins on one line of flattened text', { head: 'Title\nOverview\n', unit: 'Knowledge and understanding You need to know and understand: ', times: 50_000, tail: '' }],
      // Not a pattern: each sub-heading looked back over those before it for its parent heading,
      // and had a copy of its parent's sub-headings, which empty-section read through.
      ['1 MB of Scope/range sub-headings with no heading above them', { head: '', unit: 'Cwmpas Perfformiad\n', times: 52_632, tail: '' }],
      ['500 KB of empty sub-headings under an empty Scope/range', { head: 'Cwmpas/ystod\n', unit: 'Cwmpas Perfformiad\n', times: 26_316, tail: '' }],
      // /[.\s)\]]+$/ trimming the title before looking for "Legacy".
      ['a title with 1 MB of spaces inside', { head: '´(㷊\u0000936. ï1082. ', unit: ' ', times: 1_000_000, tail: "\uFEFFa 3 '6W]" }],
    ];
    for (const [name, input] of found) it(name, () => exerciseIsolated(hugeText(input)));
  });
});
