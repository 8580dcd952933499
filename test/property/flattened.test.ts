// Flattened text (every run of whitespace one space, as dataset exports hold it): the
// analysis is the same however it is reached, edit after edit from the previous one
// as the server does; every range lies inside the text, folds and navigation's too;
// reflowing changes only whitespace and gives text that is read the same.

import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { analyse, applyEdits, completionsAt, createNosService, outline, parse, reflowEdits, type Analysis, type NosDocument, type OutlineNode } from '../../server/src/core';
import { layoutFixtures, sample, sampleNames } from '../unit/helpers/fixtures';
import { analyseOptions, insertions, nearNos, splice, splices } from './arbitraries';
import { property } from './config';
import { assertRange, Lines } from './text';

const flatten = (text: string) => text.replace(/\s+/g, ' ');
const REAL = [...sampleNames().map((name) => sample(name.slice(0, 3))), ...layoutFixtures().map((f) => f.text)].map(flatten);

/** Flattened drafts, real and built, sometimes with a few of their spaces line breaks again. */
const flattened: fc.Arbitrary<string> = fc
  .tuple(fc.oneof(fc.constantFrom(...REAL), nearNos.map(flatten)), fc.array(fc.nat(), { maxLength: 3 }))
  .map(([text, breaks]) => {
    let result = text;
    for (const at of breaks) {
      const space = result.indexOf(' ', at % (result.length + 1));
      if (space >= 0) result = result.slice(0, space) + '\n' + result.slice(space + 1);
    }
    return result;
  });

const snapshot = ({ doc, findings }: Analysis) => JSON.stringify({ findings, outline: outline(doc) });

function assertOutline(lines: Lines, nodes: OutlineNode[]): void {
  for (const node of nodes) {
    assertRange(lines, node.range, `symbol “${node.name}”`);
    assertRange(lines, node.selectionRange, `selection of “${node.name}”`);
    assertOutline(lines, node.children);
  }
}

/** What the parser read, without positions. */
function structure(doc: NosDocument): string {
  return JSON.stringify({
    title: doc.title?.text,
    sections: doc.sections.map((s) => [s.id, s.heading?.text, s.leadIns.map((l) => l.text), s.items.map((i) => [i.label, i.text]), s.elements.map((e) => e.label)]),
    fields: doc.fields.map((f) => [f.id, f.value]),
    glossary: doc.glossary.map((g) => [g.term, g.definition]),
  });
}

/** Every range the analysis and the features give lies inside the text; `spots` pick positions to hover and complete at. */
function assertRangesInside(text: string, spots: number[]): void {
  const lines = new Lines(text);
  const service = createNosService();
  const analysis = service.analyse(text);
  const { doc, findings } = analysis;
  for (const finding of findings) {
    assertRange(lines, finding.range, finding.ruleId);
    for (const fix of finding.fixes) for (const edit of fix.edits) assertRange(lines, edit.range, fix.title);
  }
  assertOutline(lines, outline(doc));
  for (const fold of service.folding(analysis)) {
    assert.ok(fold.startLine >= 0 && fold.startLine < fold.endLine && fold.endLine < lines.count, `fold ${JSON.stringify(fold)}`);
  }
  for (const spot of spots) {
    const line = spot % lines.count;
    const position = { line, character: spot % (lines.length(line) + 1) };
    if (lines.splitsPair(position)) continue;
    const hover = service.hover(analysis, position);
    if (hover) assertRange(lines, hover.range, 'hover');
    for (const range of service.selectionRanges(analysis, [position])[0]) assertRange(lines, range, 'selection range');
    const definition = service.definition(analysis, position);
    if (definition) assertRange(lines, definition, 'definition');
    const refs = service.references(analysis, position);
    if (refs) [refs.headword, ...refs.uses].forEach((range) => assertRange(lines, range, 'reference'));
    const renamed = service.rename(analysis, position, 'Client(s)');
    if ('edits' in renamed) renamed.edits.forEach((edit) => assertRange(lines, edit.range, 'rename edit'));
    const completions = completionsAt(doc, position);
    if (completions) assert.deepEqual(completions.range.end, lines.clamp(position), 'completion');
  }
}

function assertReflowReadsSame(text: string): void {
  const doc = parse(text);
  const reflowed = applyEdits(text, reflowEdits(doc));
  assert.equal(reflowed.replace(/\s+/g, ' '), text.replace(/\s+/g, ' '));
  assert.equal(structure(parse(reflowed)), structure(doc));
}

describe('property: flattened text', () => {
  property('re-analysed edit after edit equals a fresh analysis', 150, () =>
    fc.property(flattened, fc.array(splices(40, insertions), { minLength: 1, maxLength: 6 }), analyseOptions, (start, edits, options) => {
      let text = start;
      let previous = analyse(text, options);
      for (const edit of edits) {
        text = splice(text, edit);
        const again = analyse(text, { ...options, previous });
        assert.equal(snapshot(again), snapshot(analyse(text, options)), `after ${JSON.stringify(edit)}`);
        previous = again;
      }
    }),
  );

  property('ranges of findings, edits, symbols, hovers and completions lie inside the text', 150, () =>
    fc.property(flattened, fc.array(fc.nat(), { maxLength: 6 }), assertRangesInside),
  );

  describe('counter-examples', () => {
    it('a heading misspelt on a line of flattened text: heading-typo gave the line of the text read, not of the text', () => {
      assertRangesInside(' customer\ncustomer o cysylltiadau â sgc eraill. Links to other NOS URN:', []);
    });
    it('a section of flattened text: its fold was given in the lines read, past the end of the text', () => {
      assertRangesInside('Scope/range related to performance criteria\t0. Sefydliad gwreiddiol', []);
    });
  });

  property('reflowing changes only whitespace and is read the same', 150, () => fc.property(flattened, assertReflowReadsSame));

  describe('counter-examples', () => {
    // A label before a repeated title (a page footer) was read as text; reflowed, it ended its line and was a label.
    it('a metadata label before a page footer', () =>
      assertReflowReadsSame(
        " ŵyr\norganisation’s SKAEAF2 ! ! !! customer customer 1 of 12 LANAgM17 Dyddiad cymeradwyo cwsmer \u0000 ! hawdurdod Tudalen ’ â customer Cyfres/Set and cwsmer SOC code Current # mae angen i chi wybod a deall: riginating organisation: Current OC code SKAEAF2 Indicative review date ŵyr sefydliad's \ude00\ud83d You Cyfres/Set 6211 tatws ’ Indicative review dateCurrent Datblygwyd gan: 6211 riginating organizationthe ! ’ ’ Page ’ ’ Page You 3",
      ));
  });
});
