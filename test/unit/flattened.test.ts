// Flattened text, as dataset exports hold the published standards: every run of
// whitespace collapsed to one space. It reads into the same model as the draft it
// came from, with ranges that point exactly into it, and reflows into the usual layout.

import * as assert from 'node:assert/strict';
import { analyse, applyEdits, continueList, parse, reflowEdits, type NosDocument, type Range } from '../../server/src/core';
import { SegmentedLineIndex } from '../../server/src/core/text/segmentedLines';
import { layoutFixtures, sample, sampleNames } from './helpers/fixtures';

export const flatten = (text: string): string => text.replace(/\s+/g, ' ').trim();

const originals = [
  ...sampleNames().map((name) => ({ name, text: sample(name.slice(0, 3)) })),
  ...layoutFixtures().map((fixture) => ({ name: fixture.name, text: fixture.text })),
];

/** Sections with their item counts, as the acceptance compares them. */
const outlineOf = (doc: NosDocument) => doc.sections.map((s) => `${s.id}: ${s.items.length}`);

/** The text of a range, found through plain offsets. */
function textOf(text: string, range: Range): string {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') starts.push(i + 1);
  return text.slice(starts[range.start.line] + range.start.character, starts[range.end.line] + range.end.character);
}

/** Everything the model holds but positions: what reflowing must keep. */
function structure(doc: NosDocument): unknown {
  const line = (l: number) => doc.lines.lineText(l);
  return {
    title: doc.title?.text,
    language: doc.language,
    sections: doc.sections.map((s) => ({
      id: s.id,
      heading: s.heading?.text,
      leadIns: s.leadIns.map((l) => l.text),
      items: s.items.map((i) => [i.label, i.text, i.element]),
      elements: s.elements.map((e) => e.label),
      paragraphs: s.paragraphLines.map(line),
      trailingTitle: s.trailingTitle?.text,
    })),
    fields: doc.fields.map((f) => [f.id, f.label, f.value, f.misspelt]),
    glossary: doc.glossary.map((g) => [g.term, g.definition]),
    noise: doc.noiseLines.map(line),
    loose: doc.looseLines.map(line),
  };
}

describe('flattened text', () => {
  for (const { name, text } of originals) {
    describe(name, () => {
      const flat = flatten(text);
      const doc = parse(flat);

      it('is read part by part, while the original is read line by line', () => {
        assert.ok(doc.lines instanceof SegmentedLineIndex);
        assert.ok(!(parse(text).lines instanceof SegmentedLineIndex));
      });

      it('has the sections and item counts of the original', () => {
        assert.deepEqual(outlineOf(doc), outlineOf(parse(text)));
      });

      it('points every item, heading and finding into the flattened text', () => {
        for (const section of doc.sections) {
          if (section.heading) assert.equal(textOf(flat, section.heading.range), section.heading.text);
          for (const item of section.items) {
            assert.equal(textOf(flat, item.labelRange), item.label);
            assert.ok(textOf(flat, item.range).startsWith(item.label));
          }
        }
        const { findings } = analyse(flat);
        for (const finding of findings) assert.equal(finding.range.start.line, 0, `${finding.ruleId} on a line of its own`);
      });

      it('reflows into one part per line that parses to the same model, and no further', () => {
        const reflowed = applyEdits(flat, reflowEdits(doc));
        assert.equal(reflowed.replace(/\s+/g, ' '), flat, 'only whitespace changes');
        const again = parse(reflowed);
        assert.ok(!(again.lines instanceof SegmentedLineIndex));
        assert.deepEqual(structure(again), structure(doc));
        assert.deepEqual(outlineOf(again), outlineOf(parse(text)));
        assert.deepEqual(reflowEdits(again), []);
      });
    });
  }

  it('reads a dataset export with page footers inline, in P/K labels', () => {
    const title = 'Manage and monitor the efficient use of energy';
    const text = `${title} Overview This standard is about managing energy use. Performance criteria You must be able to: ` +
      `P1 demonstrate that you understand the energy policy P2 identify realistic goals for energy use ${title} 2 ` +
      `P3 monitor energy use against the goals Knowledge and understanding You need to know and understand: ` +
      `K1 the energy policy of your organisation K2 how to set goals ${title} 3 K3 how to monitor energy use`;
    const doc = parse(text);
    assert.deepEqual(outlineOf(doc), ['overview: 0', 'performance-criteria: 3', 'knowledge-understanding: 3']);
    assert.equal(doc.title?.text, title);
    assert.deepEqual(doc.noiseLines.map((l) => doc.lines.lineText(l)), [`${title} 2`, `${title} 3`]);
    const items = doc.sections.flatMap((s) => s.items);
    assert.equal(items[1].text, 'identify realistic goals for energy use');
    // Only the URN and the metadata are missing: nothing about the sections or their numbering
    // (and the text is flattened, which flattened-text says).
    assert.deepEqual([...new Set(analyse(text).findings.map((f) => f.ruleId))], ['missing-section', 'flattened-text']);
  });

  it('reads sub-headings as item text unless the catalogue or their place makes them certain', () => {
    const pc = (doc: NosDocument) => doc.sections.find((s) => s.id === 'performance-criteria')!;
    // Draft 001 repeats its sub-headings in the knowledge section: both are cut out.
    assert.deepEqual(pc(parse(flatten(sample('001')))).elements.map((e) => e.label), ["Ymgysylltu â*'r cwsmeriaid*", 'Rheoli adborth cwsmeriaid']);
    // Draft 003 does not: only the one after the lead-in is certain.
    const doc = parse(flatten(sample('003')));
    assert.deepEqual(pc(doc).elements.map((e) => e.label), ['Cyfathrebu â chwsmeriaid a sefydlu perthynas i fodloni eu disgwyliadau']);
    assert.match(pc(doc).items[8].text, /chwrtais Bodloni gofynion sefydliadol/);
  });

  it('reads a capitalised heading word inside a sentence or a value as text', () => {
    const text = 'Title Performance criteria You must be able to: 1. use the Skills Matrix of your team 2. keep Values up to date ' +
      'Knowledge and understanding You need to know and understand: 1. the overview of the work Developed by Skills for Justice Version number 2';
    const doc = parse(text);
    assert.deepEqual(outlineOf(doc), ['performance-criteria: 2', 'knowledge-understanding: 1']);
    assert.deepEqual(doc.fields.map((f) => [f.id, f.value]), [['developed-by', 'Skills for Justice'], ['version-number', '2']]);
  });

  it('is read part by part once an edit pastes flattened text in, and line by line once it is reflowed', () => {
    const draft = 'Title\nOverview\nThis standard is about energy.\n';
    const pasted = draft + 'Performance criteria You must be able to: P1 check the meters P2 record the readings';
    const steps = [draft, draft + 'Performance', pasted, applyEdits(pasted, reflowEdits(parse(pasted))), pasted];
    let previous = analyse(steps[0]);
    for (const text of steps.slice(1)) {
      const again = analyse(text, { previous });
      const fresh = analyse(text);
      assert.equal(again.doc.lines instanceof SegmentedLineIndex, fresh.doc.lines instanceof SegmentedLineIndex);
      assert.deepEqual(structure(again.doc), structure(fresh.doc));
      assert.deepEqual(again.findings, fresh.findings);
      previous = again;
    }
    assert.ok(previous.doc.lines instanceof SegmentedLineIndex);
    assert.deepEqual(outlineOf(previous.doc), ['overview: 0', 'performance-criteria: 2']);
  });

  it("continues no list on Enter inside flattened text, whose lines are not the parser's", () => {
    const flat = flatten(sample('003'));
    const at = flat.indexOf(' 2. ') + 1;
    const doc = parse(flat.slice(0, at) + '\n' + flat.slice(at));
    for (let line = 1; line < doc.lines.lineCount; line++) assert.deepEqual(continueList(doc, { line, character: 0 }), [], `line ${line}`);
  });

  it('leaves a draft with its headings on lines of their own as it is', () => {
    const text = 'Title\nPerformance criteria\nYou must be able to:\n1. do this Knowledge and understanding You need to know and understand: 1. that\nKnowledge and understanding\n1. this';
    assert.ok(!(parse(text).lines instanceof SegmentedLineIndex));
  });
});
