// Property: a damaged .docx is imported or refused with a WordError; nothing else is thrown
// and nothing hangs. Damage: bytes overwritten anywhere in an exported draft, or the package
// cut short.

import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { parse } from '../../server/src/core';
import { exportDocx } from '../../server/src/word/export';
import { importDocx } from '../../server/src/word/import';
import { WordError } from '../../server/src/word/package';
import { sample } from '../unit/helpers/fixtures';
import { property } from './config';

describe('property: a damaged Word document is imported or refused, never a crash', () => {
  let original: Buffer;
  before(async () => {
    original = await exportDocx(parse(sample('001')));
  });

  const importedOrRefused = async (bytes: Buffer) => {
    try {
      assert.equal(typeof (await importDocx(bytes)), 'string');
    } catch (error) {
      assert.ok(error instanceof WordError, `not a WordError: ${String(error)}`);
    }
  };

  property('with bytes overwritten anywhere', 60, () =>
    fc.asyncProperty(fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 8 }), async (damage) => {
      const bytes = Buffer.from(original);
      for (const [at, value] of damage) bytes[at % bytes.length] = value;
      await importedOrRefused(bytes);
    }),
  );

  property('cut short anywhere', 30, () =>
    fc.asyncProperty(fc.nat(), async (length) => {
      await importedOrRefused(original.subarray(0, length % original.length));
    }),
  );
});
