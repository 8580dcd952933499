import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { analyse, applyEdits, fixAll } from '../../../server/src/core';
import { ROOT, sample } from '../helpers/fixtures';

const CLEAN_EN = readFileSync(path.join(ROOT, 'test/fixtures/cli/clean-en.nos.txt'), 'utf8');
const CLEAN_CY = sample('001');
const soc = (text: string) => analyse(text).findings.filter((f) => f.ruleId === 'soc-code');
/** The clean text with its SOC code value replaced. */
const withCode = (clean: string, code: string, value: string) => {
  const text = clean.replace(new RegExp(`^${code}$`, 'm'), value);
  assert.notEqual(text, clean);
  return text;
};

describe('rule soc-code', () => {
  it('is silent on single codes and on lists separated by “;” or “,”', () => {
    assert.deepEqual(soc(CLEAN_EN), []);
    assert.deepEqual(soc(CLEAN_CY), []);
    for (const value of ['7211; 7219', '7211, 7219', '7211;7219', '7211 ; 7219']) assert.deepEqual(soc(withCode(CLEAN_EN, '7211', value)), [], value);
  });

  for (const [lang, clean, code] of [['English', CLEAN_EN, '7211'], ['Welsh', CLEAN_CY, '6211']] as const) {
    it(`joins codes run together into a list, safely (${lang})`, () => {
      const list = `${code}; 1234`;
      const fixedClean = withCode(clean, code, list);
      for (const runTogether of [`${code} 1234`, `${code}/1234`, `${code} and 1234`, `${code} a 1234`, `${code} | 1234`]) {
        const text = withCode(clean, code, runTogether);
        const [finding] = soc(text);
        assert.equal(finding?.severity, 2, runTogether);
        assert.equal(applyEdits(text, finding.fixes[0].edits), fixedClean);
        assert.ok(finding.fixes[0].safe);
      }
      const comma = withCode(clean, code, `${code}, 1234 5678`);
      assert.equal(applyEdits(comma, soc(comma)[0].fixes[0].edits), withCode(clean, code, `${code}, 1234, 5678`));
    });
  }

  it('reports what is not a code as an error and codes of another length as warnings, each where it is', () => {
    const text = withCode(CLEAN_EN, '7211', '7211; Legacy; 621; 62111');
    const line = text.split('\n').indexOf('7211; Legacy; 621; 62111');
    assert.deepEqual(soc(text).map((f) => [f.severity, f.range.start.line, f.range.start.character, f.range.end.character]),
      [[1, line, 6, 12], [2, line, 14, 17], [2, line, 19, 24]]);
    const [welsh] = soc(withCode(CLEAN_CY, '6211', 'x'));
    assert.equal(welsh.message, 'Nid yw “x” yn god SOC: pedwar digid yw codau SOC, fel “6211”.');
    assert.deepEqual(welsh.fixes, []);
  });

  it('leaves template filler to placeholder-text', () => {
    assert.deepEqual(soc(withCode(CLEAN_EN, '7211', 'XXXX')), []);
    assert.equal(fixAll(analyse(withCode(CLEAN_EN, '7211', '621'))), null);
  });
});
