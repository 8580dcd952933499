// Outline and hover on the corpus drafts (completion: completion.test.ts).

import * as assert from 'node:assert/strict';
import { createNosService, outline, parse } from '../../server/src/core';
import { MAX_OUTLINE_ITEMS } from '../../server/src/core/features/outline';
import { sample } from './helpers/fixtures';

describe('outline', () => {
  it('nests title > sections > elements > items and ends with the metadata', () => {
    const [root] = outline(parse(sample('001')));
    assert.equal(root.kind, 'document');
    assert.equal(root.detail, 'SKAEAF2');
    const kinds = root.children.map((c) => c.kind);
    assert.deepEqual(kinds.slice(0, 4), ['field', 'field', 'field', 'field']);
    assert.equal(kinds.at(-1), 'metadata');
    const k = root.children.find((c) => c.name === 'Gwybodaeth a Dealltwriaeth')!;
    assert.equal(k.detail, 'Knowledge and understanding · 25');
    assert.deepEqual(k.children.map((e) => [e.name, e.children.length]), [['Ymgyslltu â chwsmeriaid', 16], ['Rheoli adborth cwsmeriaid', 9]]);
    const k17 = k.children[1].children[0];
    assert.equal(k17.name, 'K17 sut i ddelio â chwsmeriaid anodd mewn modd proffesiynol ac…');
    assert.equal(k17.detail, '1.');
  });

  it('keeps every child range inside its parent', () => {
    const within = (inner: { start: { line: number } ; end: { line: number } }, outer: typeof inner) =>
      inner.start.line >= outer.start.line && inner.end.line <= outer.end.line;
    for (const number of ['000', '001', '002', '003', '004']) {
      const check = (node: ReturnType<typeof outline>[number]) => {
        assert.ok(within(node.selectionRange, node.range), `${number}: ${node.name}`);
        for (const child of node.children) {
          assert.ok(within(child.range, node.range), `${number}: ${child.name} in ${node.name}`);
          check(child);
        }
      };
      outline(parse(sample(number))).forEach(check);
    }
  });

  it('names an untitled document in its language', () => {
    assert.equal(outline(parse(sample('003')))[0].name, '(dim teitl)');
  });

  it('leaves the items out of a document of more than a thousand, keeping their counts', () => {
    const all = (nodes: ReturnType<typeof outline>): ReturnType<typeof outline> => nodes.flatMap((node) => [node, ...all(node.children)]);
    const copies = (n: number) => Array.from({ length: n }, () => sample('001')).join('\n');
    const service = createNosService();
    const items = (text: string) => parse(text).sections.reduce((n, s) => n + s.items.length, 0);
    assert.ok(items(copies(10)) <= MAX_OUTLINE_ITEMS && items(copies(15)) > MAX_OUTLINE_ITEMS);
    const under = service.analyse(copies(10));
    assert.ok(all(service.outline(under)).some((node) => node.kind === 'item'));
    // Five more copies after the ten: the first ten's sections are the same objects, their nodes remembered with items.
    const over = service.analyse(copies(15), { previous: under });
    assert.ok(over.doc.sections.includes(under.doc.sections[5]));
    const nodes = all(service.outline(over));
    assert.equal(nodes.filter((node) => node.kind === 'item').length, 0);
    const knowledge = nodes.filter((node) => node.name === 'Gwybodaeth a Dealltwriaeth');
    assert.equal(knowledge.length, 15);
    for (const k of knowledge) {
      assert.equal(k.detail, 'Knowledge and understanding · 25');
      assert.deepEqual(k.children.map((e) => [e.name, e.detail, e.children.length]), [['Ymgyslltu â chwsmeriaid', '16', 0], ['Rheoli adborth cwsmeriaid', '9', 0]]);
    }
    // And back under the limit: the items again.
    assert.ok(all(service.outline(service.analyse(copies(10), { previous: over }))).some((node) => node.kind === 'item'));
  });
});

describe('hover', () => {
  const service = createNosService();
  const analysis = service.analyse(sample('001'));
  const { doc } = analysis;
  const hoverAt = (_: unknown, position: { line: number; character: number }) => service.hover(analysis, position);

  it('explains a heading in both languages, the Welsh first in a Welsh document', () => {
    const hover = hoverAt(doc, { line: 20, character: 3 })!;
    assert.match(hover.markdown, /^\*\*Meini prawf perfformiad\*\* · \*\*Performance criteria\*\*/);
    const english = service.hover(service.analyse('Plan work\nOverview\nThis standard is about planning.'), { line: 1, character: 1 })!;
    assert.match(english.markdown, /^\*\*Overview\*\* · \*\*Trosolwg\*\*\n\nWhat the standard is about/);
    // The opening words to write are the document's, whatever language the hover is in.
    assert.match(english.markdown, /\n\nStarts: “This standard is about…”$/);
    const inWelsh = service.hover(service.analyse('Plan work\nOverview\nThis standard is about planning.', { messages: 'cy' }), { line: 1, character: 1 })!;
    assert.match(inWelsh.markdown, /\n\nYn dechrau: “This standard is about…”$/);
    assert.match(hover.markdown, /Cyflwyniad: “Mae'n rhaid eich bod chi'n gallu:”/);
  });

  it('places an item number in its list and names the right number', () => {
    const hover = hoverAt(doc, { line: 103, character: 2 })!;
    assert.equal(hover.markdown, "Eitem wybodaeth 17 o 25 (K17)\n\nWedi'i rifo'n 1 yma; dylai fod yn 17.\n\nO dan “Rheoli adborth cwsmeriaid”.");
  });

  it('explains a metadata label', () => {
    const hover = hoverAt(doc, { line: 196, character: 2 })!;
    assert.match(hover.markdown, /\*\*Fersiwn rhif\*\* · \*\*Version number\*\*\n\nRhif cyfan, 1 neu fwy\./);
  });

  it('explains a metadata value: what is allowed, and how a date was read, in the document’s language', () => {
    const validity = doc.fields.find((f) => f.id === 'validity')!;
    const onValue = hoverAt(doc, validity.valueRange!.start)!;
    assert.equal(onValue.markdown, '**Dilysrwydd** · **Validity**\n\n“Ar hyn o bryd” neu “Legacy”.');
    assert.deepEqual(onValue.range, validity.valueRange);
    const review = doc.fields.find((f) => f.id === 'indicative-review-date')!;
    assert.match(hoverAt(doc, review.valueRange!.start)!.markdown, /\n\nDarllenir fel 31 Maw 2024\.$/);
    const english = service.analyse('Plan work\nOverview\nAbout planning.\nDate approved\n13/02/2024');
    const date = english.doc.fields.find((f) => f.id === 'date-approved')!;
    assert.match(service.hover(english, date.valueRange!.start)!.markdown, /^\*\*Date approved\*\* · \*\*Dyddiad cymeradwyo\*\*\n\nA date such as 13 Feb 2024 \(13 Chwef 2024 in Welsh\)\.\n\nRead as 13 Feb 2024\.$/);
  });

  it('gives the definition of a glossary term where it is used, and the mutation that matched', () => {
    const line = doc.lines.lineText(17);
    const hover = hoverAt(doc, { line: 17, character: line.indexOf('chwsmeriaid') + 1 })!;
    assert.equal(hover.markdown.split('\n\n')[1], '*chwsmeriaid*: treiglad llaes o *cwsmeriaid*');
    assert.match(hover.markdown, /^Geirfa: \*\*Cwsmeriaid\*\*: Unigolion, grwpiau/);
  });

  it('counts the uses of a glossary headword', () => {
    const hover = hoverAt(doc, { line: 185, character: 3 })!;
    assert.match(hover.markdown, /Defnyddir \d+ o weithiau yn y ddogfen\./);
  });
});
