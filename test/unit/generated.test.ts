// What `npm run generate` derives from the rule registry is committed up to date, and
// the settings schema names exactly the registry's rules, so a misspelt id is flagged.

import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { RULES } from '../../server/src/core';
import { ROOT } from './helpers/fixtures';

describe('generated files', function () {
  this.timeout(60_000);

  it('are up to date with the rule registry (npm run generate)', () => {
    const run = spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'generate.mjs'), '--check'], { cwd: ROOT, encoding: 'utf8' });
    assert.equal(run.status, 0, run.stderr);
  });

  it('list every rule id in the nos.rules setting and the rules schema, and no other', () => {
    const ids = RULES.map((rule) => rule.id).sort();
    const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
    const setting = pkg.contributes.configuration.properties['nos.rules'];
    const schema = JSON.parse(readFileSync(path.join(ROOT, 'schemas', 'rules.schema.json'), 'utf8'));
    for (const rules of [setting, schema]) {
      assert.deepEqual(Object.keys(rules.properties).sort(), ids);
      assert.equal(rules.additionalProperties, false);
    }
    assert.deepEqual(Object.keys(setting.properties['empty-section'].anyOf[1].properties), ['severity', 'optionalHeadings']);
  });
});
