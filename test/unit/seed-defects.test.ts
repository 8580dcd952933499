// Every defect the format's §11 names for drafts 000-004 that the structural and
// language rules own, each with its line, and nothing else from those rules: the
// drafts' clean parts stay silent.

import * as assert from 'node:assert/strict';
import { analyse } from '../../server/src/core';
import { sample } from './helpers/fixtures';
import { STRUCTURE_RULES } from './helpers/structure';

/**
 * "line:rule-id", one-based lines as an editor shows them. The drafts' English (S25) is
 * their knowledge lead-in, which is lead-in's: no draft has a heading or label in English,
 * so mixed-language finds nothing in them. Their sections are all in order (section-order
 * finds nothing either), and none is a PDF copy with page footers (page-noise, off by
 * default, would find none).
 */
const DEFECTS: Record<string, string[]> = {
  '000': [
    '21:lead-in', // English K lead-in
    '8:unnumbered-item', '22:unnumbered-item', // criteria and knowledge items as "-" bullets
    '8:stray-markup', '29:stray-markup', // stray "**" in P1 and K8
  ],
  '001': [
    '66:lead-in', // English K lead-in
    '25:stray-markup', // "â*'r cwsmeriaid*"
    '160:stray-markup', // "Adborth:**"
    '68:subheading-mismatch', // misspelt K sub-heading "Ymgyslltu" ("Ymgysylltu" in P)
    '74:item-punctuation', // K3 ends with "."
    // NBSP after the numbers: the two outcomes in the overview, then the criteria written "1.\u00a0"
    ...[14, 16, 27, 31, 33, 35, 45, 51, 59, 61].map((l) => `${l}:invisible-character`),
  ],
  '002': [
    // Not reported: the "empty trailing item line" (line 28) holds a single space and no
    // label or bullet; it reads as a blank line, so no item is empty there.
    '29:lead-in', // English K lead-in
    '8:unnumbered-item', '30:unnumbered-item', // "-" and " -" bullets, indented unevenly
  ],
  '003': [
    '32:broken-item', '62:broken-item', // items 15 and 27 split by a blank line
    '114:heading-typo', // misspelt label "Cyfes/Set"

    // Not reported: the blank line inside the K list (line 86) stands between items 18
    // and 19, not inside an item, and changes nothing the parser reads.
  ],
  '004': [
    '23:lead-in', // English K lead-in
    '8:unnumbered-item', '24:unnumbered-item', // "-" bullets
    '3:welsh-mutation', // "i cwsmeriaid" for "i gwsmeriaid"
    '15:welsh-mutation', // "yn nghadwyn" for "yng nghadwyn"
  ],
};

describe('seed drafts: the defects §11 names', () => {
  for (const [number, expected] of Object.entries(DEFECTS)) {
    it(`draft ${number}: each is reported by its rule, and nothing else`, () => {
      const { findings } = analyse(sample(number));
      const actual = findings.filter((f) => STRUCTURE_RULES.has(f.ruleId)).map((f) => `${f.range.start.line + 1}:${f.ruleId}`);
      assert.deepEqual(actual.sort(), [...expected].sort());
    });
  }
});
