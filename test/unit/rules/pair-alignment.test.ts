// pair-alignment on the pair fixture (draft 001 and its English twin) and on mutations of
// it: each kind of difference injected into either version, reported in both files with
// the other file's line; values that say the same in both languages stay silent.

import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { analyse, checkSuite, type Lang, type SuiteDocument, type SuiteFinding } from '../../../server/src/core';
import { pairAlignment } from '../../../server/src/core/suite/pair-alignment';
import { Twins } from '../../../server/src/core/suite/pairs';
import { ROOT, sample } from '../helpers/fixtures';

const WELSH = sample('001');
const ENGLISH = readFileSync(path.join(ROOT, 'test/fixtures/pairs/001_34a9c3b36a3c870e.en.nos.txt'), 'utf8');
const EN_URI = 'file:///suite/en/001.en.nos.txt';
const CY_URI = 'file:///suite/cy/001.nos.txt';

function document(uri: string, text: string, extra: Partial<SuiteDocument> = {}): SuiteDocument {
  const analysis = analyse(text);
  return { uri, language: analysis.doc.language, analysis, ...extra };
}

function pairFindings(suite: SuiteDocument[]): SuiteFinding[] {
  return checkSuite(suite, { rules: [pairAlignment] });
}

/** The pair with edits made to one version; findings as "uri line: message". */
function check(edit: { en?: (text: string) => string; cy?: (text: string) => string }): string[] {
  const suite = [document(EN_URI, (edit.en ?? String)(ENGLISH)), document(CY_URI, (edit.cy ?? String)(WELSH))];
  return pairFindings(suite).map((f) => `${f.uri === EN_URI ? 'en' : 'cy'} ${f.range.start.line + 1}: ${f.message}`);
}

/** Replaces `from` (which must be in the text once) with `to`. */
const replace = (from: string | RegExp, to: string) => (text: string) => {
  const matches = text.match(typeof from === 'string' ? new RegExp(from.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'g') : new RegExp(from.source, 'g'));
  assert.equal(matches?.length, 1, `${from} is in the text once`);
  return text.replace(from, to);
};

describe('pair-alignment', () => {
  it('the English twin of draft 001 is its faithful translation: both parse alike and no difference is found', () => {
    const [en, cy] = [analyse(ENGLISH).doc, analyse(WELSH).doc];
    assert.equal(en.language, 'en');
    assert.equal(cy.language, 'cy');
    const shape = (doc: typeof en) => doc.sections.map((s) => [s.id, s.items.length, s.elements.map((e) => e.endItem - e.firstItem)]);
    assert.deepEqual(shape(en), shape(cy));
    assert.deepEqual(check({}), []);
  });

  it('one criterion removed from the English twin: the one element that differs, reported in both files', () => {
    const findings = pairFindings([
      document(EN_URI, replace(/\n\n3\. offer a positive[^\n]*\n/, '\n')(ENGLISH)),
      document(CY_URI, WELSH),
    ]);
    assert.deepEqual(findings.map((f) => [f.uri, f.ruleId, f.severity, f.range.start.line + 1, f.message]), [
      [CY_URI, 'pair-alignment', 2, 25,
        '10 maen prawf perfformiad o dan yr elfen hon; 9 o dan yr elfen gyfatebol yn y fersiwn Saesneg (en/001.en.nos.txt:25).'],
      [EN_URI, 'pair-alignment', 2, 25,
        '9 performance criteria under this element; 10 under the matching element in the Welsh version (cy/001.nos.txt:25).'],
    ]);
    // Each names the other as related information, at the other's sub-heading.
    assert.deepEqual(findings.map((f) => f.related.map((r) => [r.uri, r.range.start.line + 1, r.message])), [
      [[EN_URI, 25, 'Y man cyfatebol yn y fersiwn Saesneg']],
      [[CY_URI, 25, 'The matching place in the Welsh version']],
    ]);
    assert.equal(findings[1].range.start.character, 0);
    assert.equal(findings[1].range.end.character, 'Engage with customers'.length);
  });

  describe('each kind of difference, in either version', () => {
    it('criteria of the second element (Welsh one more), names the other line when lines differ', () => {
      assert.deepEqual(check({ en: replace(/\n\n16\. keep the customer informed\n/, '\n') }), [
        'cy 47: 7 maen prawf perfformiad o dan yr elfen hon; 6 o dan yr elfen gyfatebol yn y fersiwn Saesneg (en/001.en.nos.txt:47).',
        'en 47: 6 performance criteria under this element; 7 under the matching element in the Welsh version (cy/001.nos.txt:47).',
      ]);
      assert.deepEqual(check({ cy: replace(/\n\n  1\. canolbwyntio eich sylw[^\n]*\n/, '\n') }), [
        'cy 25: 9 maen prawf perfformiad o dan yr elfen hon; 10 o dan yr elfen gyfatebol yn y fersiwn Saesneg (en/001.en.nos.txt:25).',
        'en 25: 10 performance criteria under this element; 9 under the matching element in the Welsh version (cy/001.nos.txt:25).',
      ]);
    });

    it('knowledge items, per element', () => {
      assert.deepEqual(check({ cy: replace(/\n\n  9\. sut gall adrodd[^\n]*\n/, '\n') }), [
        'cy 102: 8 eitem wybodaeth o dan yr elfen hon; 9 o dan yr elfen gyfatebol yn y fersiwn Saesneg (en/001.en.nos.txt:102).',
        'en 102: 9 knowledge items under this element; 8 under the matching element in the Welsh version (cy/001.nos.txt:102).',
      ]);
      assert.deepEqual(check({ en: replace('\n\n1. the current legislation', '\n\n1. the current legislation\n\n2. an extra item') }), [
        'cy 68: 16 eitem wybodaeth o dan yr elfen hon; 17 o dan yr elfen gyfatebol yn y fersiwn Saesneg (en/001.en.nos.txt:68).',
        'en 68: 17 knowledge items under this element; 16 under the matching element in the Welsh version (cy/001.nos.txt:68).',
      ]);
    });

    it('criteria of a section without elements are counted as a whole', () => {
      const noElements = { en: (t: string) => t.replace('\nEngage with customers\n\n1. present', '\n1. present').replace('\nManage customer feedback\n\n11. see', '\n11. see'),
        cy: (t: string) => t.replace("\nYmgysylltu â*'r cwsmeriaid*\n\n", '\n').replace('\nRheoli adborth cwsmeriaid\n\n  1. pan fod', '\n  1. pan fod') };
      assert.deepEqual(check(noElements), []);
      assert.deepEqual(check({ ...noElements, en: (t) => noElements.en(t).replace('\n\n17. take ownership', '\n\n17. take ownership\n\n18. one more') }), [
        'cy 21: 17 maen prawf perfformiad yma; 18 yn y fersiwn Saesneg (en/001.en.nos.txt:21).',
        'en 21: 18 performance criteria here; 17 in the Welsh version (cy/001.nos.txt:21).',
      ]);
      assert.deepEqual(check({ ...noElements, cy: (t) => noElements.cy(t).replace(/\n\n {2}3\. adrodd i'r unigolyn[^\n]*\n/, '\n') }), [
        'cy 21: 16 maen prawf perfformiad yma; 17 yn y fersiwn Saesneg (en/001.en.nos.txt:21).',
        'en 21: 17 performance criteria here; 16 in the Welsh version (cy/001.nos.txt:21).',
      ]);
    });

    it('element sub-headings: their count, not their wording', () => {
      assert.deepEqual(check({ en: replace('\nManage customer feedback\n\n11. see', '\n11. see') }), [
        'cy 21: Mae 2 is-bennawd elfen o dan “Meini prawf perfformiad” yma; 1 yn y fersiwn Saesneg (en/001.en.nos.txt:21).',
        'en 21: “Performance criteria” has 1 element sub-heading here; 2 in the Welsh version (cy/001.nos.txt:21).',
      ]);
      assert.deepEqual(check({ cy: replace('\n\nDi-Eiriau:\n', '\n') }), [
        'cy 126: Mae 2 is-bennawd elfen o dan “Cwmpas Perfformiad” yma; 3 yn y fersiwn Saesneg (en/001.en.nos.txt:126).',
        'en 126: “Scope/range related to performance criteria” has 3 element sub-headings here; 2 in the Welsh version (cy/001.nos.txt:126).',
      ]);
      // A section whose heading comes twice is not counted: which part matches which is a guess.
      assert.deepEqual(check({ en: replace('\nManage customer feedback\n\n11. see', '\nPerformance criteria\n\nManage customer feedback\n\n11. see') }), []);
      // Sub-headings worded differently (a translation) say nothing.
      assert.deepEqual(check({ en: replace('\nEngage with customers\n\n1. present', '\nEngaging customers\n\n1. present') }), []);
    });

    it('a section in one version and not the other, placed where it would go in the other', () => {
      const noGlossaryEn = replace(/\nGlossary\n\nCustomers\n\n[^\n]*\n/, '\n');
      assert.deepEqual(check({ en: noGlossaryEn }), [
        'cy 184: Mae “Geirfa” yn y fersiwn hon ond nid yn y fersiwn Saesneg (en/001.en.nos.txt:181).',
        'en 181: “Glossary” is missing here: the Welsh version has it (cy/001.nos.txt:184).',
      ]);
      assert.deepEqual(check({ cy: replace('\nGwerthoedd\n', '\nGwerthoedd\n\nParch at gwsmeriaid\n') }), [
        'cy 175: Mae “Gwerthoedd” yn y fersiwn hon ond nid yn y fersiwn Saesneg (en/001.en.nos.txt:175).',
        'en 175: “Values” is missing here: the Welsh version has it (cy/001.nos.txt:175).',
      ]);
      // An empty heading is no section to translate.
      assert.deepEqual(check({ en: replace('\n\nValues\n', '\n') }), []);
    });

    it('metadata that must match, read in either language', () => {
      assert.deepEqual(check({ cy: replace('Cymeradwy ar: 30 Maw 2021', 'Cymeradwy ar: 31 Maw 2021') }), [
        'cy 6: Dyddiad cymeradwyo: “31 Maw 2021” yma, “30 Mar 2021” yn y fersiwn Saesneg (en/001.en.nos.txt:6).',
        'en 6: Date approved: “30 Mar 2021” here, “31 Maw 2021” in the Welsh version (cy/001.nos.txt:6).',
      ]);
      assert.deepEqual(check({ en: replace('\n31 Mar 2024\n', '\n31 Mar 2025\n') }), [
        'cy 202: Dyddiad adolygu dangosol: “31 Maw 2024” yma, “31 Mar 2025” yn y fersiwn Saesneg (en/001.en.nos.txt:202).',
        'en 202: Indicative review date: “31 Mar 2025” here, “31 Maw 2024” in the Welsh version (cy/001.nos.txt:202).',
      ]);
      assert.deepEqual(check({ en: replace('\nCurrent\n', '\nLegacy\n') }), [
        'cy 206: Dilysrwydd: “Ar hyn o bryd” yma, “Legacy” yn y fersiwn Saesneg (en/001.en.nos.txt:206).',
        'en 206: Validity: “Legacy” here, “Ar hyn o bryd” in the Welsh version (cy/001.nos.txt:206).',
      ]);
      assert.deepEqual(check({ cy: replace('\nGwreiddiol\n', '\nTailored\n') }), [
        'cy 210: Statws: “Tailored” yma, “Original” yn y fersiwn Saesneg (en/001.en.nos.txt:210).',
        'en 210: Status: “Original” here, “Tailored” in the Welsh version (cy/001.nos.txt:210).',
      ]);
      assert.deepEqual(check({ cy: replace('\n6211\n', '\n6212\n') }), [
        'cy 226: Cod SOC: “6212” yma, “6211” yn y fersiwn Saesneg (en/001.en.nos.txt:226).',
        'en 226: SOC code: “6211” here, “6212” in the Welsh version (cy/001.nos.txt:226).',
      ]);
    });

    it('a value given in one version only, placed on the empty field in the other', () => {
      assert.deepEqual(check({ en: replace('\nVersion number\n\n', '\nVersion number\n\n2\n') }), [
        'cy 197: Fersiwn rhif: dim yma, “2” yn y fersiwn Saesneg (en/001.en.nos.txt:199).',
        'en 199: Version number: “2” here, none in the Welsh version (cy/001.nos.txt:197).',
      ]);
      assert.deepEqual(check({ cy: replace('\nCod SOC\n\n6211\n', '\n') }), [
        // At the end of the metadata, where missing-section puts a missing field.
        'cy 227: Cod SOC: dim yma, “6211” yn y fersiwn Saesneg (en/001.en.nos.txt:226).',
        'en 226: SOC code: “6211” here, none in the Welsh version (cy/001.nos.txt:227).',
      ]);
    });

    it('values that say the same in both languages, or that cannot be read, say nothing', () => {
      assert.deepEqual(check({ cy: replace('Cymeradwy ar: 30 Maw 2021', 'Cymeradwy ar: 30 Mawrth 2021'), en: replace('Approved on: 30 Mar 2021', 'Approved on: 30/03/2021') }), []);
      assert.deepEqual(check({ en: replace('\nCurrent\n', '\ncurrent\n'), cy: replace('\n6211\n', '\n6211; 3422\n') }).length, 2);
      assert.deepEqual(check({ en: replace('\n6211\n', '\n3422, 6211\n'), cy: replace('\n6211\n', '\n6211; 3422\n') }), []);
      assert.deepEqual(check({ cy: replace('Cymeradwy ar: 30 Maw 2021', 'Cymeradwy ar: diwedd Mawrth') }), []);
      assert.deepEqual(check({ cy: replace('\nAr hyn o bryd\n', '\nCyfredol\n') }), []);
      assert.deepEqual(check({ en: replace('\n31 Mar 2024\n', '\nDD Mon YYYY\n'), cy: replace('\n31 Maw 2024\n', '\nTBC\n') }), []);
    });
  });

  describe('pairing', () => {
    const en = (uri = EN_URI, text = ENGLISH, extra?: Partial<SuiteDocument>) => document(uri, text, extra);
    const cy = (uri = CY_URI, text = WELSH, extra?: Partial<SuiteDocument>) => document(uri, text, extra);
    const withoutUrn = (text: string) => text.replace('URN: SKAEAF2\n', '');
    const lessOne = (text: string) => text.replace(/\n\n16\. keep the customer informed\n/, '\n');

    it('by URN, compared without case or spaces; the samples, with no twins, are silent', () => {
      const twins = new Twins([en(), cy(CY_URI, WELSH.replace('URN: SKAEAF2', 'URN: skaeaf 2'))]);
      assert.equal(twins.twinOf(EN_URI)?.uri, CY_URI);
      assert.equal(twins.twinOf(CY_URI)?.uri, EN_URI);
      const samples = ['000', '001', '002', '003', '004'].map((n) => cy(`file:///s/${n}.nos.txt`, sample(n)));
      assert.deepEqual(pairFindings(samples), []);
    });

    it('not when the match is ambiguous, unless one candidate shares the folder', () => {
      const copies = [en(EN_URI, lessOne(ENGLISH)), cy('file:///suite/a/001.nos.txt'), cy('file:///suite/b/001.nos.txt')];
      assert.equal(new Twins(copies).twinOf(EN_URI), undefined);
      assert.deepEqual(pairFindings(copies), []);
      const near = [en('file:///suite/b/001.en.nos.txt', lessOne(ENGLISH)), ...copies.slice(1)];
      assert.equal(new Twins(near).twinOf('file:///suite/b/001.en.nos.txt')?.uri, 'file:///suite/b/001.nos.txt');
      assert.deepEqual(pairFindings(near).map((f) => f.uri), ['file:///suite/b/001.en.nos.txt', 'file:///suite/b/001.nos.txt']);
    });

    it('not when a URN is mistyped, which it reports in both files when the versions show they are one standard', () => {
      const slipped = (urn: string) => WELSH.replace('URN: SKAEAF2', `URN: ${urn}`);
      // Two letters swapped; the Welsh version's original URN is the English one's.
      const findings = pairFindings([en(), cy(CY_URI, slipped('SKAEFA2'))]);
      assert.deepEqual(findings.map((f) => [f.uri, f.range.start.line + 1, f.range.start.character, f.message, f.related?.map((r) => r.uri)]), [
        [CY_URI, 3, 5, "Mae'r URN “SKAEFA2” bron yr un fath â “SKAEAF2” yn y fersiwn Saesneg (en/001.en.nos.txt:3): mae fersiynau safon yn rhannu un URN, felly nid yw'r ddwy hyn wedi'u cymharu.", [EN_URI]],
        [EN_URI, 3, 5, 'The URN “SKAEAF2” nearly matches “SKAEFA2” in the Welsh version (cy/001.nos.txt:3): the versions of a standard share one URN, so these two have not been compared.', [CY_URI]],
      ]);
      // A letter dropped, with no original URN to tell: the approval date does.
      const noOriginal = (text: string) => text.replace(/\nURN gwreiddiol\n\nSKAEAF2\n/, '\n');
      assert.equal(pairFindings([en(), cy(CY_URI, noOriginal(slipped('SKAEF2')))]).length, 2);
      // The next standard of the suite, approved another day, is no slip.
      const next = noOriginal(slipped('SKAEAF3')).replace('Cymeradwy ar: 30 Maw 2021', 'Cymeradwy ar: 12 Ion 2022');
      assert.deepEqual(pairFindings([en(), cy(CY_URI, next)]), []);
      // Nor is a near URN two files in the other language share.
      assert.deepEqual(pairFindings([en(), cy('file:///suite/a/001.nos.txt', slipped('SKAEFA2')), cy('file:///suite/b/001.nos.txt', slipped('SKAEFA2'))]), []);
    });

    it('not two files in one language, even with one URN', () => {
      assert.deepEqual(pairFindings([en(), en('file:///suite/cy/001.nos.txt', lessOne(ENGLISH))]), []);
    });

    it('by a declared twin for drafts without URNs, which wins over URNs', () => {
      const declared = [
        en(EN_URI, withoutUrn(lessOne(ENGLISH)), { twin: 'file:///suite/cy/001 copy.nos.txt' }),
        cy('file:///suite/cy/001%20copy.nos.txt', withoutUrn(WELSH)),
      ];
      assert.equal(new Twins(declared).twinOf(EN_URI)?.uri, 'file:///suite/cy/001%20copy.nos.txt');
      const findings = pairFindings(declared);
      assert.deepEqual(findings.map((f) => f.uri), ['file:///suite/cy/001%20copy.nos.txt', EN_URI]);
      assert.ok(findings[1].message.endsWith('in the Welsh version (cy/001 copy.nos.txt:46).'), findings[1].message);
      // Declared with different URNs: the URN is then a difference too.
      const urns = [en(EN_URI, ENGLISH, { twin: CY_URI }), cy(CY_URI, WELSH.replace('URN: SKAEAF2', 'URN: SKAEAF3'))];
      assert.deepEqual(pairFindings(urns).map((f) => f.message), [
        'URN: “SKAEAF3” yma, “SKAEAF2” yn y fersiwn Saesneg (en/001.en.nos.txt:3).',
        'URN: “SKAEAF2” here, “SKAEAF3” in the Welsh version (cy/001.nos.txt:3).',
      ]);
      // Two files declaring one twin: neither pair is taken, in whichever order they come.
      const other = 'file:///suite/en/other.en.nos.txt';
      const clash = [declared[0], declared[1], en(other, withoutUrn(ENGLISH), { twin: 'file:///suite/cy/001%20copy.nos.txt' })];
      for (const order of [clash, [...clash].reverse()]) assert.equal(new Twins(order).twinOf('file:///suite/cy/001%20copy.nos.txt'), undefined);
      // A declared twin in the same language, or missing from the suite, pairs nothing.
      assert.equal(new Twins([en(EN_URI, ENGLISH, { twin: 'file:///x.nos.txt' }), en('file:///x.nos.txt', withoutUrn(ENGLISH))]).twinOf(EN_URI), undefined);
      assert.equal(new Twins([en(EN_URI, withoutUrn(ENGLISH), { twin: 'file:///nowhere.nos.txt' }), cy(CY_URI, withoutUrn(WELSH))]).twinOf(EN_URI), undefined);
    });

    it('each file in its own language, and each under its own settings', () => {
      const suite = [en(EN_URI, lessOne(ENGLISH), { rules: { 'pair-alignment': 'off' } }), cy(CY_URI, WELSH, { language: 'en' as Lang })];
      const findings = pairFindings(suite);
      assert.deepEqual(findings.map((f) => [f.uri, f.message]), []);
      const languages = pairFindings([en(EN_URI, lessOne(ENGLISH)), cy(CY_URI, WELSH, { rules: { 'pair-alignment': 'error' } })]);
      assert.deepEqual(languages.map((f) => [f.uri, f.severity]), [[CY_URI, 1], [EN_URI, 2]]);
    });
  });
});
