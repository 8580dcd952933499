// Every layout the format lists (§3), written as fixtures with their findings marked.

import * as assert from 'node:assert/strict';
import { analyse } from '../../server/src/core';
import { layoutFixtures } from './helpers/fixtures';

describe('layout fixtures', () => {
  for (const fixture of layoutFixtures()) {
    it(`${fixture.name}: finds exactly the marked findings`, () => {
      const { findings } = analyse(fixture.text);
      const actual = findings.map((f) => `${f.range.start.line}:${f.ruleId}`).sort();
      assert.deepEqual(actual, fixture.expected);
    });
  }
});
