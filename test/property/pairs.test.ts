// pair-alignment on any pair of texts: it returns, places every finding inside its file,
// reports each difference in both files, and finds nothing between a text and itself.

import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { analyse, checkSuite, type Lang, type SuiteDocument } from '../../server/src/core';
import { pairAlignment } from '../../server/src/core/suite/pair-alignment';
import { anyText } from './arbitraries';
import { property } from './config';

const EN = 'file:///p/en.nos.txt';
const CY = 'file:///p/cy.nos.txt';

function pair(en: string, cy: string): SuiteDocument[] {
  // Declared twins, so that texts without a URN are compared too.
  return [
    { uri: EN, language: 'en' as Lang, analysis: analyse(en), twin: CY },
    { uri: CY, language: 'cy' as Lang, analysis: analyse(cy), twin: EN },
  ];
}

function inside(text: string, range: { start: { line: number; character: number }; end: { line: number; character: number } }): boolean {
  const lines = text.split(/\r\n|\r|\n/);
  const fits = (p: { line: number; character: number }) => p.line >= 0 && p.line < lines.length && p.character >= 0 && p.character <= lines[p.line].length;
  return fits(range.start) && fits(range.end);
}

describe('property: pair-alignment', () => {
  property('places each difference in both files, inside their text, naming the other', 150, () =>
    fc.property(anyText, anyText, (en, cy) => {
      const findings = checkSuite(pair(en, cy), { rules: [pairAlignment] });
      const texts: Record<string, string> = { [EN]: en, [CY]: cy };
      const inEn = findings.filter((f) => f.uri === EN).length;
      assert.equal(inEn * 2, findings.length);
      for (const finding of findings) {
        assert.ok(inside(texts[finding.uri], finding.range), `${finding.uri} ${JSON.stringify(finding.range)}`);
        assert.equal(finding.related.length, 1);
        assert.notEqual(finding.related[0].uri, finding.uri);
        assert.ok(inside(texts[finding.related[0].uri], finding.related[0].range));
      }
      for (const uri of [EN, CY]) assert.deepEqual(checkSuite(pair(en, cy), { rules: [pairAlignment], only: uri }), findings.filter((f) => f.uri === uri));
    }),
  );

  property('finds nothing between a text and itself', 150, () =>
    fc.property(anyText, (text) => {
      assert.deepEqual(checkSuite(pair(text, text), { rules: [pairAlignment] }), []);
    }),
  );
});
