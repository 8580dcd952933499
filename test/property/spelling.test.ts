// The spelling tokeniser returns for any line, with tokens inside it, in order and whole;
// over a megabyte of the runs its expressions meet (joiners, apostrophes, marks, every
// kind of space) it finishes, as a backtracking expression would not; and the rules that
// ask the dictionary (spelling, welsh-mutation) find the same edit after edit as afresh.

import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { createNosService, lineWords, type AnalyseOptions, type Analysis, type SpellingLookup } from '../../server/src/core';
import { analyseOptions, anyText, insertions, splice, splices, unicodeSoup, type Splice } from './arbitraries';
import { property } from './config';

const SPACES = [' ', '\t', '\u00a0', '\u2000', '\u2003', '\u2009', '\u200b', '\u202f', '\u205f', '\u3000', '\u1680', '\ufeff', '\u2028'];
const PIECES = ["'", '’', 'ʼ', '-', '‑', 'a', 'W', 'ŵ', '\u0301', '1', '@', '.', ':', '//', '😀', '\ud800', '\udc00', ...SPACES];
const line = fc.oneof(
  unicodeSoup,
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.array(fc.constantFrom(...PIECES), { maxLength: 200 }).map((parts) => parts.join('')),
);
const fold = (text: string) => text.replace(/['’ʼ]/g, "'");

function checkTokens(text: string, lang: 'en' | 'cy'): void {
  let end = 0;
  for (const token of lineWords(text, lang)) {
    assert.ok(token.start >= end && token.end > token.start && token.end <= text.length);
    assert.equal(fold(text.slice(token.start, token.end)), token.word);
    for (const part of token.parts ?? []) assert.ok(part.start >= token.start && part.end <= token.end);
    end = token.end;
  }
}

/** A dictionary that knows words of even length, with a suggestion for the others. */
const evenWords: SpellingLookup = { check: (word) => word.length % 2 === 0, suggestions: (word) => [word + 'x'] };
/**
 * A dictionary for welsh-mutation's words after soft triggers, which evenWords never gives
 * it (a word and its soft mutation differ in length by one or not at all): it knows no
 * word that b, d, g, m, ll or rh could be the mutation of, and has no answer yet for one
 * word in four of the others.
 */
const noRadicals: SpellingLookup = {
  check: (word) => (/^(?:[bptc]|g[bdglmr])/.test(word) ? false : [...word].reduce((sum, c) => sum + c.codePointAt(0)!, 0) % 4 === 0 ? undefined : true),
  suggestions: () => [],
};

/** Each edit re-analysed from the analysis before it finds what a fresh analysis finds with the dictionary: spelling, and mutations after soft triggers. */
function assertAsFresh(start: string, edits: Splice[], options: AnalyseOptions, lookup = evenWords): void {
  const service = createNosService({ spelling: lookup });
  const spelling = (analysis: Analysis) => JSON.stringify(analysis.findings.filter((f) => f.ruleId === 'spelling' || f.ruleId === 'welsh-mutation'));
  let text = start;
  let previous = service.analyse(text, options);
  for (const edit of edits) {
    text = splice(text, edit);
    previous = service.analyse(text, { ...options, previous });
    assert.equal(spelling(previous), spelling(createNosService({ spelling: lookup }).analyse(text, options)), JSON.stringify(edit));
  }
}

describe('property: the spelling tokeniser', () => {
  property('the spelling rule never throws and reports words inside the document, for any text', 200, () =>
    fc.property(anyText, analyseOptions, (text, options) => {
      const lines = text.split(/\r\n|\r|\n/);
      const service = createNosService({ spelling: evenWords });
      for (const finding of service.analyse(text, { ...options, maxCharacters: undefined }).findings) {
        if (finding.ruleId !== 'spelling') continue;
        const { start, end } = finding.range;
        assert.ok(start.line === end.line && start.character < end.character && end.character <= lines[start.line].length);
      }
    }),
  );

  // Sections an edit does not reach keep their words and verdicts, moved with them when lines
  // are added or removed above them: what the rule finds is what a fresh analysis finds.
  property('re-analysed edit after edit from the previous analysis, finds what a fresh analysis finds', 200, () =>
    fc.property(anyText, fc.array(splices(40, insertions), { minLength: 1, maxLength: 8 }), analyseOptions, (text, edits, options) => assertAsFresh(text, edits, options)),
  );
  property('re-analysed edit after edit, finds the mutations after soft triggers a fresh analysis finds', 100, () =>
    fc.property(anyText, fc.array(splices(40, insertions), { minLength: 1, maxLength: 8 }), analyseOptions, (text, edits, options) => assertAsFresh(text, edits, options, noRadicals)),
  );

  describe('counter-examples', () => {
    it('an edit above a second glossary heading makes it the glossary: its headword is no longer read', () => {
      // "iad'" becomes a headword, which the rule does not read: it read it still.
      const start = "Overview\n\nGlossary\nGlossary\niad'";
      assertAsFresh(start, [{ at: start.indexOf('Glossary'), length: 0, text: '\u0000' }], {});
    });
  });

  property('never throws and gives ordered tokens inside the line, for any Unicode', 500, () =>
    fc.property(line, fc.constantFrom('en' as const, 'cy' as const), (text, lang) => checkTokens(text, lang)),
  );

  property('finishes over a megabyte of any repeated run', 12, () =>
    fc.property(fc.array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 4 }), fc.constantFrom('en' as const, 'cy' as const), (unit, lang) => {
      const piece = unit.join('');
      checkTokens(piece.repeat(Math.ceil(1_000_000 / piece.length)), lang);
    }),
  );
});
