// The suite rules over any files: they return, place every finding in a file of the
// suite inside its text, name only files of the suite, and do not depend on the order
// the files come in; one file's findings asked for alone are the same as in the whole run.

import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { checkSuite, type SuiteFinding } from '../../server/src/core';
import { draft, suiteOf, uriOf } from '../unit/helpers/suite';
import { anyText } from './arbitraries';
import { property } from './config';
import { assertRange, Lines } from './text';

/** Generated drafts sharing URNs, titles and links at random, beside any text at all. */
const suiteFile = fc.oneof(
  anyText,
  fc.record({
    n: fc.integer({ min: 1, max: 4 }),
    urn: fc.constantFrom(undefined, 'ABCXYZ1', 'abc xyz1', 'TBC', 'SKAEAF2'),
    links: fc.constantFrom(undefined, '', 'ABCXYZ2', 'ABCXYZ9; LANAgM17', 'SKAEAF2\nABCXYZ3 Title'),
  }).map(({ n, urn, links }) => draft(n, { urn, links })),
);

const key = (f: SuiteFinding) => JSON.stringify([f.uri, f.ruleId, f.range, f.message, f.related]);

describe('property: suite rules', () => {
  property('place every finding in a file of the suite, in order-independent results', 150, () =>
    fc.property(fc.array(suiteFile, { minLength: 1, maxLength: 6 }), fc.nat(), (texts, rotate) => {
      const named = Object.fromEntries(texts.map((text, i) => [String(i), text]));
      const suite = suiteOf(named);
      const findings = checkSuite(suite);
      const lines = new Map(texts.map((text, i) => [uriOf(String(i)), new Lines(text)]));
      for (const finding of findings) {
        assert.ok(lines.has(finding.uri), finding.uri);
        assertRange(lines.get(finding.uri)!, finding.range, finding.ruleId);
        for (const place of finding.related) {
          assert.ok(lines.has(place.uri) && place.uri !== finding.uri, place.uri);
          assertRange(lines.get(place.uri)!, place.range, `${finding.ruleId} related`);
        }
      }
      const turned = [...suite.slice(rotate % suite.length), ...suite.slice(0, rotate % suite.length)];
      assert.deepEqual(checkSuite(turned).map(key).sort(), findings.map(key).sort());
    }),
  );

  property("give one file's findings alone exactly as the whole run does", 150, () =>
    fc.property(fc.array(suiteFile, { minLength: 1, maxLength: 6 }), (texts) => {
      const suite = suiteOf(Object.fromEntries(texts.map((text, i) => [String(i), text])));
      const findings = checkSuite(suite);
      for (const { uri } of suite) {
        assert.deepEqual(checkSuite(suite, { only: uri }), findings.filter((f) => f.uri === uri));
      }
    }),
  );
});
