import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { analyse, applyEdits, fixAll } from '../../../server/src/core';
import { layoutFixtures, ROOT, sample } from '../helpers/fixtures';

const CLEAN_EN = readFileSync(path.join(ROOT, 'test/fixtures/cli/clean-en.nos.txt'), 'utf8');
const TITLE = 'Respond to customer enquiries in a contact centre';
const found = (text: string) => analyse(text).findings.filter((f) => f.ruleId === 'title-style');
const withTitle = (text: string, from: string, to: string) => {
  assert.ok(text.startsWith(from));
  return to + text.slice(from.length);
};

describe('rule title-style', () => {
  it('is silent on clean titles, the layout fixtures and the samples', () => {
    assert.ok(CLEAN_EN.startsWith(TITLE));
    assert.deepEqual(found(CLEAN_EN), []);
    for (const fixture of layoutFixtures()) assert.deepEqual(found(fixture.text), [], fixture.name);
    for (const n of ['000', '001', '002', '003', '004']) assert.deepEqual(found(sample(n)), [], n);
  });

  for (const [lang, clean, title] of [['English', CLEAN_EN, TITLE], ['Welsh', sample('004'), sample('004').split('\n')[0]]] as const) {
    it(`drops a final full stop, safely (${lang})`, () => {
      const text = withTitle(clean, title, `${title}.`);
      const [finding] = found(text);
      assert.equal(finding.severity, 2);
      assert.equal(applyEdits(text, finding.fixes[0].edits), clean);
      assert.ok(finding.fixes[0].safe);
      assert.ok(applyEdits(text, fixAll(analyse(text))!.edits).startsWith(`${title}\n`));
    });
  }

  it('drops the spaces before a final full stop with it, and leaves a title of a stop alone', () => {
    const text = withTitle(CLEAN_EN, TITLE, `${TITLE} \u00a0.`);
    const [finding] = found(text);
    // The stop and the spaces its removal takes: invisible-character's finding on the no-break space gives way.
    assert.deepEqual(finding.range.start, { line: 0, character: TITLE.length });
    assert.deepEqual(analyse(text).findings.filter((f) => f.ruleId === 'invisible-character'), []);
    assert.equal(applyEdits(text, finding.fixes[0].edits), CLEAN_EN);
    // A stop before a zero-width space is the title's stop all the same.
    const [hidden] = found(withTitle(CLEAN_EN, TITLE, `${TITLE}.\u200b`));
    assert.deepEqual(hidden.range.start, { line: 0, character: TITLE.length });
    // A title of a stop alone is no title with a stop: dropping it would make the next line the title.
    assert.deepEqual(found(withTitle(CLEAN_EN, TITLE, ' .')).filter((f) => f.message.includes('full stop')), []);
    // Nor a stop after another: dropping it would leave the title ending in the other.
    for (const end of ['..', '. .']) assert.deepEqual(found(withTitle(CLEAN_EN, TITLE, TITLE + end)).filter((f) => f.message.includes('full stop')), [], end);
    // A URN and a stop: without the stop, the line is the bare URN of a PDF copy, not the title; fix-all leaves it.
    const [urn] = found(withTitle(CLEAN_EN, TITLE, 'CFACSB1 .')).filter((f) => f.message.includes('full stop'));
    assert.equal(urn.fixes[0].safe, false);
  });

  it('reports Title Case and offers sentence case, leaving acronyms and a name or two alone', () => {
    const text = withTitle(CLEAN_EN, TITLE, 'Respond To Customer Enquiries In A Contact Centre');
    const [finding] = found(text);
    assert.match(finding.message, /capitalises “Customer”, “Enquiries”, “Contact”, “Centre”/);
    // A word capitalised twice is named once.
    const [twice] = found(withTitle(CLEAN_EN, TITLE, 'Respond To Food Enquiries About Food Safety'));
    assert.match(twice.message, /capitalises “Food”, “Enquiries”, “About”, “Safety”:/);
    assert.equal(applyEdits(text, finding.fixes[0].edits), CLEAN_EN);
    for (const title of ['Deliver NHS services to patients in Wales', 'Manage SOC codes for the Department for Education', 'Gweithio gyda chwsmeriaid yng Nghymru']) {
      assert.deepEqual(found(withTitle(CLEAN_EN, TITLE, title)), [], title);
    }
  });

  it('reports, as information, a title that surely does not start with a verb, letting gerunds and unknown words be', () => {
    const verb = (title: string) => found(withTitle(CLEAN_EN, TITLE, title)).filter((f) => /not a verb/.test(f.message));
    const [finding] = verb('Camera operation for single-camera productions');
    assert.equal(finding.severity, 3);
    assert.equal(finding.message, 'The title starts with “Camera”, not a verb: a title names the function by what the person does (“Install”, “Manage”).');
    assert.deepEqual(finding.range, { start: { line: 0, character: 0 }, end: { line: 0, character: 6 } });
    assert.equal(verb('Principles of customer service').length, 1);
    for (const title of ['Operate cameras for single-camera productions', 'Carrying out risk assessments', 'Continuously improve services', 'MIG weld steel']) {
      assert.deepEqual(verb(title), [], title);
    }
    const welsh = sample('004');
    const [welshFinding] = analyse(withTitle(welsh, welsh.split('\n')[0], 'Egwyddorion gwasanaeth cwsmeriaid')).findings.filter((f) => f.ruleId === 'title-style');
    assert.match(welshFinding.message, /^Mae'r teitl yn dechrau â “Egwyddorion”, nid â berfenw/);
  });

  it('reports a URN inside the title', () => {
    const [finding] = found(withTitle(CLEAN_EN, TITLE, `${TITLE} ABCXYZ1`));
    assert.equal(finding.message, 'The title holds the URN “ABCXYZ1”: the URN has a field of its own.');
  });

  it('wants “Legacy” at the end of the title exactly when the validity is Legacy', () => {
    const legacy = CLEAN_EN.replace('\nCurrent\n', '\nLegacy\n');
    assert.equal(found(legacy)[0].message, 'The validity is Legacy, but the title does not end with “Legacy”.');
    assert.deepEqual(found(withTitle(legacy, TITLE, `${TITLE} Legacy`)), []);
    assert.deepEqual(found(withTitle(legacy, TITLE, `${TITLE} (Legacy)`)), []);
    assert.equal(found(withTitle(CLEAN_EN, TITLE, `${TITLE} (Legacy)`))[0].message, 'The title ends with “Legacy”, but the validity is not Legacy.');
    assert.equal(found(withTitle(CLEAN_EN, TITLE, `${TITLE} Legacy`))[0].message, 'The title ends with “Legacy”, but the validity is not Legacy.');
    const welsh = sample('001').replace('\nAr hyn o bryd\n', '\nLegacy\n');
    const title = analyse(welsh).findings.filter((f) => f.ruleId === 'title-style');
    assert.deepEqual(title.map((f) => f.message), ["Legacy yw'r dilysrwydd, ond nid yw'r teitl yn gorffen â “Legacy”."]);
  });
});
