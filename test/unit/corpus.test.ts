// The five real Welsh drafts: structure, and every finding of the rules against the
// ground truth of the format's §11, with nothing else from them.

import * as assert from 'node:assert/strict';
import { analyse, type SectionId } from '../../server/src/core';
import { sample } from './helpers/fixtures';
import { STRUCTURE_RULES } from './helpers/structure';

interface Expected {
  title: string | null;
  urn: string | null;
  sections: SectionId[];
  /** Item counts of the performance criteria and knowledge lists. */
  counts: [number, number];
  /** "line:rule-id", one-based lines as an editor shows them. */
  findings: string[];
}

const PK: SectionId[] = ['overview', 'performance-criteria', 'knowledge-understanding'];
const ALL_OPTIONAL: SectionId[] = ['scope-range', 'scope-performance', 'scope-knowledge', 'values', 'behaviours', 'skills', 'glossary'];

const EXPECTED: Record<string, Expected> = {
  '000': {
    title: 'Cyfrannu at ddarparu gwasanaeth cwsmeriaid ar gyfer gweithgareddau aml-ollwng',
    urn: null,
    sections: [...PK, ...ALL_OPTIONAL],
    counts: [12, 19],
    findings: [
      '1:missing-section', // no URN
      '14:criterion-verb', // P7 "cofnodion" (records) for "cofnodi" (record)
      '41:empty-section', // Cwmpas/ystod, empty with its two sub-headings: one finding for the three (§5)
      '44:empty-section', '45:empty-section', '46:empty-section', // Gwerthoedd, Ymddygiadau, Sgiliau
      '52:missing-section', // no metadata block
    ],
  },
  '001': {
    title: 'Datblygu a chynnal gwasanaeth cwsmer effeithiol o fewn amgylcheddau hamdden gweithgar',
    urn: 'SKAEAF2',
    sections: [...PK, ...ALL_OPTIONAL, 'links-to-other-nos', 'external-links'],
    counts: [17, 25],
    findings: [
      // PCs written 1,1,3,4,5,1,2,3,4,10,1,12,1,2,3,16,17: one finding for P2, P6-9, P11 and P13-15
      ...[29, 37, 49].map((l) => `${l}:criteria-numbering`),
      '49:criterion-verb', // P11 "pan fod …"
      '53:criteria-numbering',
      '104:criteria-numbering', // K restarts at 1 under the second sub-heading: items 17-25
      '175:empty-section', '178:empty-section', '181:empty-section', // Gwerthoedd, Ymddygiadau, Sgiliau
      '191:empty-section', '194:empty-section', // Dolenni I NOS Eraill, Cysylltiadau Allanol
      '197:empty-section', // Fersiwn rhif has no value
      '230:metadata-value', // the keywords end with ";"
    ],
  },
  '002': {
    title: 'Cynllunio, trefnu a rheoli gweithrediadau gwasanaeth i gwsmeriaid',
    urn: null,
    sections: PK,
    counts: [19, 16],
    findings: ['1:missing-section', '45:missing-section'],
  },
  '003': {
    title: null,
    urn: null,
    sections: PK,
    counts: [27, 26],
    findings: [
      '1:missing-title', '1:missing-section', // no title and no URN, each marked where it goes: the top
      '110:urn-format', // "RCU gwreiddiol CfA CC13": a space and lower case
      '116:missing-section', '116:missing-section', // no Fersiwn rhif, no Cod SOC
    ],
  },
  '004': {
    title: 'Defnyddio partneriaethau gwasanaethau i gyflwyno gwasanaeth i gwsmeriaid',
    urn: null,
    sections: PK,
    counts: [14, 12],
    findings: ['1:missing-section', '35:missing-section'],
  },
};

describe('corpus drafts', () => {
  for (const [number, expected] of Object.entries(EXPECTED)) {
    describe(`draft ${number}`, () => {
      const { doc, findings } = analyse(sample(number));

      it('is Welsh', () => assert.equal(doc.language, 'cy'));

      it('has the expected title and URN', () => {
        assert.equal(doc.title?.text ?? null, expected.title);
        assert.equal(doc.urn?.value ?? null, expected.urn);
      });

      it('has the expected sections in order', () => {
        assert.deepEqual(doc.sections.map((s) => s.id), expected.sections);
      });

      it('counts the performance criteria and knowledge items', () => {
        const count = (id: SectionId) => doc.sections.find((s) => s.id === id)?.items.length;
        assert.deepEqual([count('performance-criteria'), count('knowledge-understanding')], expected.counts);
      });

      // The structural and language rules' findings are listed in seed-defects.test.ts.
      it('reports exactly the ground-truth findings', () => {
        const actual = findings.filter((f) => !STRUCTURE_RULES.has(f.ruleId)).map((f) => `${f.range.start.line + 1}:${f.ruleId}`);
        assert.deepEqual(actual, expected.findings);
      });
    });
  }

  it('003: the title before the metadata block is offered for the top', () => {
    const { doc, findings } = analyse(sample('003'));
    assert.equal(doc.trailingTitle?.text, 'Cyflwyno gwasanaeth i gwsmeriaid mewn canolfan gyswllt');
    const title = findings.find((f) => f.ruleId === 'missing-title')!;
    assert.match(title.message, /Cyflwyno gwasanaeth i gwsmeriaid mewn canolfan gyswllt/);
    assert.equal(title.fixes[0].edits[0].newText, 'Cyflwyno gwasanaeth i gwsmeriaid mewn canolfan gyswllt\n');
  });

  it('003: four element sub-headings hold criteria 1-9, 10-16, 17-21 and 22-27', () => {
    const pc = analyse(sample('003')).doc.sections.find((s) => s.id === 'performance-criteria')!;
    assert.deepEqual(pc.elements.map((e) => [e.firstItem + 1, e.endItem]), [[1, 9], [10, 16], [17, 21], [22, 27]]);
  });

  it('003: items 15 and 27 are each one item across a blank line', () => {
    const pc = analyse(sample('003')).doc.sections.find((s) => s.id === 'performance-criteria')!;
    assert.equal(pc.items[14].text, 'cyfeirio cwsmeriaid at gydweithwyr, pan fydd eu cais yn uwch na lefel eich cymhwysedd neu awdurdod');
    assert.deepEqual([pc.items[14].brokenLines.length, pc.items[26].brokenLines.length], [1, 1]);
  });

  it('000: every glossary term is used, in plain or mutated form', () => {
    const { findings } = analyse(sample('000'));
    assert.equal(findings.filter((f) => f.ruleId === 'orphan-glossary-term').length, 0);
  });

  it('000: a term that nothing uses is an orphan', () => {
    const text = sample('000') + '\nTacograff: dyfais sy’n cofnodi amser gyrru';
    const orphans = analyse(text).findings.filter((f) => f.ruleId === 'orphan-glossary-term');
    assert.deepEqual(orphans.map((f) => f.range.start.line + 1), [53]);
    assert.deepEqual(orphans[0].unnecessary, true);
  });

  it('001: misnumbered items are reported on their digits, in Welsh', () => {
    const { findings } = analyse(sample('001'));
    const first = findings.find((f) => f.ruleId === 'criteria-numbering')!;
    assert.deepEqual(first.range, { start: { line: 28, character: 2 }, end: { line: 28, character: 3 } });
    assert.equal(first.message, "Dylai'r maen prawf perfformiad a rifwyd yn 1 fod yn 2: mae'r meini prawf yn rhedeg o 1 i 17 drwy'r adran gyfan.");
  });

  it('messages follow the language override', () => {
    const { findings } = analyse(sample('001'), { language: 'en' });
    const first = findings.find((f) => f.ruleId === 'criteria-numbering')!;
    assert.equal(first.message, 'Performance criterion numbered 1 should be 2: criteria run from 1 to 17 through the whole section.');
  });
});
