// The document model on awkward real-world text: positions in UTF-16 units, CRLF,
// BOM, NBSP, tabs, curly apostrophes, Welsh letters, footers, continuation lines.

import * as assert from 'node:assert/strict';
import { parse, type Section } from '../../server/src/core';
import { layoutFixtures, readMarked, LAYOUTS } from './helpers/fixtures';
import * as path from 'node:path';

const pc = (sections: readonly Section[]) => sections.find((s) => s.id === 'performance-criteria')!;
const layout = (name: string) => parse(readMarked(path.join(LAYOUTS, name)).text);

describe('document model', () => {
  it('reads an English web copy: header fields, elements, empty headings, metadata block', () => {
    const doc = layout('web-copy-en.nos.txt');
    assert.equal(doc.language, 'en');
    assert.deepEqual(doc.fields.filter((f) => f.header).map((f) => f.id), ['urn', 'suite', 'developed-by', 'date-approved']);
    assert.deepEqual(pc(doc.sections).elements.map((e) => [e.label, e.firstItem, e.endItem]), [['Greet customers', 0, 3], ['Resolve enquiries', 3, 6]]);
    assert.equal(doc.fields.find((f) => f.id === 'relevant-occupations')!.value, 'Customer service advisers; Contact centre agents');
  });

  it('skips PDF page footers, even inside an item that runs over the page', () => {
    const doc = layout('pdf-text-en.nos.txt');
    assert.equal(doc.urn!.value, 'SFJAA101');
    assert.equal(doc.title!.text, 'Manage the safe custody of individuals');
    assert.deepEqual(doc.noiseLines, [10, 11, 12, 20, 21, 22, 47, 48, 49]);
    const third = pc(doc.sections).items[2];
    assert.equal(third.text, 'search individuals and their property in line with organisational procedures');
    assert.deepEqual(third.brokenLines, []);
    assert.equal(doc.sections.find((s) => s.id === 'knowledge-understanding')!.items.length, 4);
    assert.equal(doc.fields.find((f) => f.id === 'original-urn')!.value, 'SFJAA101');
  });

  it('reads a bare number with trailing spaces as it reads one without: a page number, not an empty item', () => {
    for (const page of [' 3', ' 3 ', '3\u00a0 ']) {
      const doc = parse(`Title\nURN: SKAEAF2\nOverview\nThis standard is about greeting customers.\nSKAEAF2\n${page}\nIt covers visitors too.`);
      assert.deepEqual(doc.noiseLines, [4, 5], JSON.stringify(page));
    }
  });

  it('reads a bare URN line through the invisible characters around it, the URN without them', () => {
    const doc = parse('\u200bSKAEAF2 \u200b \nGreet customers\nOverview\nThis standard is about greeting customers.');
    assert.equal(doc.urn!.value, 'SKAEAF2');
    assert.deepEqual(doc.urn!.valueRange, { start: { line: 0, character: 1 }, end: { line: 0, character: 8 } });
    assert.equal(doc.title!.text, 'Greet customers');
  });

  it('reads invisible characters between a label and its value as neither\'s, markup after them as the label\'s', () => {
    for (const line of ['URN\u00ad_\u200bSKAEAF2', 'URN_SKAEAF2', 'URN\u200b: SKAEAF2']) {
      const doc = parse(`Greet customers\n${line}\nOverview\nThis standard is about greeting customers.`);
      assert.equal(doc.urn!.value, 'SKAEAF2', JSON.stringify(line));
    }
  });

  it('ends the glossary where a metadata block written "Label: value" starts, in either language', () => {
    for (const name of ['colon-labels-en.nos.txt', 'colon-labels-cy.nos.txt']) {
      const doc = layout(name);
      assert.equal(doc.glossary.length, 2, name);
      assert.equal(doc.fields.length, 13, name);
      assert.equal(doc.metadataBlockLine, doc.fields[1].line, name);
    }
    // No blank line between the last entry and the block.
    const joined = parse('Glossary\nHazard: anything that can cause harm\nDeveloped by: Skills Retail\nVersion number: 2');
    assert.deepEqual(joined.glossary.map((e) => e.term), ['Hazard']);
    assert.deepEqual(joined.fields.map((f) => [f.id, f.value]), [['developed-by', 'Skills Retail'], ['version-number', '2']]);
    // The second label judged by its field, whatever its language: "Keywords" as "Geiriau allweddol".
    for (const keywords of ['Keywords', 'Geiriau allweddol']) {
      assert.deepEqual(parse(`Glossary\nOriginal URN: SKSR12\n${keywords}: retail`).fields.map((f) => f.id), ['original-urn', 'keywords'], keywords);
    }
  });

  it('keeps glossary terms named like metadata labels in the glossary, unless two labels of more than one word follow each other', () => {
    // "Status" has one word in both languages; "Developed by" is followed by no label.
    const doc = parse('Glossary\nSOC code: the code of an occupation\nStatus: the standing of a standard\nDeveloped by: the body that wrote a standard\nHazard: anything that can cause harm');
    assert.deepEqual(doc.glossary.map((e) => e.term), ['SOC code', 'Status', 'Developed by', 'Hazard']);
    assert.deepEqual(doc.fields, []);
  });

  it('takes the line before the metadata block for the title again only where it is the title', () => {
    const text = (last: string) => `Greet customers\nURN: CFACSB1\nExternal links\n\n${last}\n\nDeveloped by\nSkills CFA`;
    const links = (doc: ReturnType<typeof parse>) => doc.sections.find((s) => s.id === 'external-links')!;
    const other = parse(text('Institute of Customer Service'));
    assert.equal(other.trailingTitle, null);
    assert.deepEqual(links(other).paragraphLines, [4]);
    const repeated = parse(text('GREET  customers'));
    assert.equal(repeated.trailingTitle?.text, 'GREET  customers');
    assert.deepEqual(links(repeated).paragraphLines, []);
  });

  it('reads the P1/K1 template: glued labels, repeated lead-ins, title footers, tab-separated metadata', () => {
    const doc = layout('ukces-template-en.nos.txt');
    const items = pc(doc.sections).items;
    assert.deepEqual(items.map((i) => i.label), ['P1', 'P2', 'P3', '4.', 'P5']);
    assert.equal(items[2].text, 'follow safe working practices');
    const k = doc.sections.find((s) => s.id === 'knowledge-understanding')!;
    assert.equal(k.leadIns.length, 2);
    assert.deepEqual(k.elements.map((e) => e.label), ['Legislation', 'Safe working']);
    assert.deepEqual(doc.noiseLines, [18, 41]);
    assert.equal(doc.fields.find((f) => f.id === 'keywords')!.value, 'health; safety; hazards');
  });

  it('reads Markdown-ish drafts: # headings, ** labels, indented items, NBSP and tabs', () => {
    const doc = layout('markdown-en.nos.md');
    assert.equal(doc.title!.text, 'Lead a team to improve customer service');
    assert.equal(doc.urn!.value, 'CFACSB1');
    const items = pc(doc.sections).items;
    assert.deepEqual(items.map((i) => [i.label, i.text]), [
      ['1.', 'agree customer service standards with your team'],
      ['2.', 'monitor your team’s performance against those standards'],
      ['4.', 'identify ways to improve the service'],
      ['4.', 'share good practice with other teams'],
    ]);
    assert.deepEqual(items[1].numberRange, { start: { line: 12, character: 2 }, end: { line: 12, character: 3 } });
    // A bullet after a numbered item is its sub-list, not a place in the list.
    assert.deepEqual(items[1].subItems.map((i) => i.text), ['give your team feedback on their performance']);
  });

  it('gives positions in UTF-16 code units, past astral characters and Welsh letters', () => {
    const text = ['Cynnal 🎯 ŵyl', 'Trosolwg', 'Testun', 'Meini prawf perfformiad', 'Rhaid i chi allu:', '🎯 1. nodi', '1. ŷ ŵ â', '3. cadw'].join('\n');
    const doc = parse(text);
    assert.deepEqual(doc.title!.range, { start: { line: 0, character: 0 }, end: { line: 0, character: 13 } });
    const items = pc(doc.sections).items;
    assert.deepEqual(items[1].numberRange, { start: { line: 7, character: 0 }, end: { line: 7, character: 1 } });
  });

  it('treats CRLF, a BOM and NBSP-only lines as ordinary input', () => {
    const text = '\ufeffTitle here\r\nOverview\r\n\u00a0\r\nText.\r\nPerformance criteria\r\nYou must be able to:\r\n1.\u00a0do a thing\r\n2. do another';
    const doc = parse(text);
    assert.deepEqual(doc.title!.range, { start: { line: 0, character: 1 }, end: { line: 0, character: 11 } });
    assert.deepEqual(pc(doc.sections).items.map((i) => i.text), ['do a thing', 'do another']);
    assert.equal(doc.lines.eol, '\r\n');
  });

  it('matches headings and lead-ins whatever their case, markup, apostrophes and colon', () => {
    const text = ['Teitl', '## TROSOLWG:', 'Testun', '**Meini Prawf Perfformiad**', 'Mae’n rhaid eich bod chi’n gallu', '1. nodi'].join('\n');
    const doc = parse(text);
    assert.deepEqual(doc.sections.map((s) => s.id), ['overview', 'performance-criteria']);
    assert.equal(pc(doc.sections).leadIns[0].lang, 'cy');
    assert.equal(doc.language, 'cy');
  });

  it('does not take a sentence that starts with a heading word for a heading', () => {
    const doc = parse(['Plan work', 'Overview', 'Skills are important here.', 'Overview of the task'].join('\n'));
    assert.equal(doc.sections.length, 1);
    assert.deepEqual(doc.sections[0].paragraphLines, [2, 3]);
  });

  it('joins a lower-case line to the item before it, and marks it broken after a blank line', () => {
    const doc = parse(['Plan', 'Performance criteria', 'You must be able to:', '1. plan the', 'work carefully', '', 'and on time', 'Next element', '2. check'].join('\n'));
    const items = pc(doc.sections).items;
    assert.equal(items[0].text, 'plan the work carefully and on time');
    assert.deepEqual(items[0].brokenLines, [6]);
    assert.deepEqual(pc(doc.sections).elements.map((e) => e.label), ['Next element']);
  });

  it('is deterministic and total on every fixture', () => {
    for (const fixture of layoutFixtures()) {
      assert.deepEqual(JSON.stringify(parse(fixture.text)), JSON.stringify(parse(fixture.text)));
    }
  });

  it('reads invisible characters alone after a misspelt label as no value, as after one spelt right', () => {
    const doc = parse(['Title', 'Overview', 'About.', 'Developed by', 'Skills for Justice', 'Indicative review dat\t\u202e ', '13 Feb 2029', 'Validity', 'Current'].join('\n'));
    const field = doc.fields.find((f) => f.id === 'indicative-review-date')!;
    assert.deepEqual([field.misspelt, field.inline, field.value], [true, false, '13 Feb 2029']);
  });
});
