// Word drafts in and out: .docx files built from the seeds with Word's own numbering
// import into the seeds' model; exporting any draft and importing it again gives the
// same model; Word's numbering rules are followed; bad files are refused, never crash.

import * as assert from 'node:assert/strict';
import { parse, type NosDocument } from '../../server/src/core';
import { exportDocx } from '../../server/src/word/export';
import { importDocx } from '../../server/src/word/import';
import { readPackage, WordError } from '../../server/src/word/package';
import { wordFixture } from '../word/fixtures';
import { zip } from '../word/zip';
import { layoutFixtures, sample, sampleNames } from './helpers/fixtures';

const drafts = [
  ...sampleNames().map((name) => ({ name, text: sample(name.slice(0, 3)) })),
  ...layoutFixtures().map((fixture) => ({ name: fixture.name, text: fixture.text })),
];

/** What an import must keep: sections, elements, items with their labels, metadata, glossary. */
function model(doc: NosDocument): unknown {
  return {
    title: doc.title?.text,
    language: doc.language,
    sections: doc.sections.map((s) => ({
      id: s.id,
      heading: s.heading?.text,
      leadIns: s.leadIns.map((l) => l.text),
      elements: s.elements.map((e) => e.label),
      items: s.items.map((i) => [i.label, i.number, i.text, i.element, i.subItems.map((sub) => [sub.label, sub.text])]),
    })),
    fields: doc.fields.map((f) => [f.id, f.label, f.value]),
    glossary: doc.glossary.map((g) => [g.term, g.definition]),
  };
}

/** The document part of a package, for looking at what Word stores. */
async function part(bytes: Buffer, name: string): Promise<string> {
  return (await readPackage(bytes)).get(name) ?? '';
}

describe('Word import of .docx files built from the drafts', function () {
  // Building and reading packages takes seconds on a loaded machine.
  this.timeout(60_000);
  for (const { name, text } of drafts) {
    it(`${name}: gives the draft's model`, async () => {
      const doc = parse(text);
      const fixture = await wordFixture(doc);
      const numbering = await part(fixture.bytes, 'word/numbering.xml');
      const body = await part(fixture.bytes, 'word/document.xml');
      if (doc.sections.some((s) => s.items.length)) {
        assert.match(numbering, /<w:abstractNum /);
        assert.match(body, /<w:numPr>/);
      }
      const imported = await importDocx(fixture.bytes);
      assert.deepEqual(model(parse(imported)), model(doc));
    });
  }

  it('carries a list on across an element sub-heading, as Word shows it', async () => {
    const doc = parse(sample('001'));
    const fixture = await wordFixture(doc);
    assert.ok(fixture.continuedAcrossElements > 0);
    const imported = parse(await importDocx(fixture.bytes));
    const criteria = imported.sections.find((s) => s.id === 'performance-criteria')!;
    assert.ok(criteria.elements.length >= 2);
    const second = criteria.elements[1];
    assert.equal(criteria.items[second.firstItem].element, 1);
    assert.deepEqual(criteria.items.map((i) => i.label), doc.sections.find((s) => s.id === 'performance-criteria')!.items.map((i) => i.label));
  });

  it('drops bold and italic, keeping their text', async () => {
    const imported = await importDocx((await wordFixture(parse(sample('003')))).bytes);
    assert.doesNotMatch(imported, /\*\*|<b>|<i>/);
  });
});

describe('Word export', function () {
  // Building and reading packages takes seconds on a loaded machine.
  this.timeout(60_000);
  for (const { name, text } of drafts) {
    it(`${name}: export then import gives the same model`, async () => {
      const doc = parse(text);
      const bytes = await exportDocx(doc);
      assert.deepEqual(model(parse(await importDocx(bytes))), model(doc));
    });
  }

  it('writes real headings, numbered lists and a metadata table, not typed labels', async () => {
    const bytes = await exportDocx(parse(sample('001')));
    const body = await part(bytes, 'word/document.xml');
    assert.match(body, /<w:pStyle w:val="Heading1"\/>/);
    assert.match(body, /<w:pStyle w:val="Title"\/>/);
    assert.match(body, /<w:tbl>/);
    assert.match(body, /<w:numPr>/);
    assert.match(await part(bytes, 'word/styles.xml'), /<w:lang w:val="cy-GB"\/>/, 'Word checks the Welsh draft in Welsh');
    for (const paragraph of body.match(/<w:p>.*?<\/w:p>/g) ?? []) {
      if (paragraph.includes('<w:numPr>')) assert.doesNotMatch(paragraph, /<w:t[^>]*>\s*(\d+[.)]|[PK]\d+)\s/);
    }
  });

  it('starts each section’s list again', async () => {
    const text = 'A title\nPerformance criteria\nYou must be able to:\n1. do a\n2. do b\nKnowledge and understanding\nYou need to know and understand:\n1. know a\n2. know b\n';
    const imported = await importDocx(await exportDocx(parse(text)));
    assert.match(imported, /\n1\. know a\n2\. know b\n/);
  });
});

/** A minimal package around one document body and numbering part. */
function docx(body: string, numbering?: string, styles?: string): Buffer {
  const w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
  const rels = (entries: string) => Buffer.from(`<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${entries}</Relationships>`);
  const rel = (id: string, type: string, target: string) => `<Relationship Id="${id}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/${type}" Target="${target}"/>`;
  return zip([
    { name: '[Content_Types].xml', data: Buffer.from('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>') },
    { name: '_rels/.rels', data: rels(rel('r1', 'officeDocument', 'word/document.xml')) },
    { name: 'word/_rels/document.xml.rels', data: rels(rel('r2', 'numbering', 'numbering.xml') + rel('r3', 'styles', 'styles.xml')) },
    { name: 'word/document.xml', data: Buffer.from(`<?xml version="1.0"?><w:document ${w}><w:body>${body}</w:body></w:document>`) },
    { name: 'word/numbering.xml', data: Buffer.from(`<?xml version="1.0"?><w:numbering ${w}>${numbering ?? ''}</w:numbering>`) },
    { name: 'word/styles.xml', data: Buffer.from(`<?xml version="1.0"?><w:styles ${w}>${styles ?? ''}</w:styles>`) },
  ]);
}

const p = (text: string, numId?: number, ilvl = 0, style?: string) =>
  `<w:p><w:pPr>${style ? `<w:pStyle w:val="${style}"/>` : ''}${numId === undefined ? '' : `<w:numPr><w:ilvl w:val="${ilvl}"/><w:numId w:val="${numId}"/></w:numPr>`}</w:pPr><w:r><w:t>${text}</w:t></w:r></w:p>`;
const lvl = (ilvl: number, text: string, format = 'decimal', start = 1, extra = '') =>
  `<w:lvl w:ilvl="${ilvl}"><w:start w:val="${start}"/><w:numFmt w:val="${format}"/><w:lvlText w:val="${text}"/>${extra}</w:lvl>`;
const num = (id: number, abstract: number, overrides = '') => `<w:num w:numId="${id}"><w:abstractNumId w:val="${abstract}"/>${overrides}</w:num>`;
const lines = async (bytes: Buffer) => (await importDocx(bytes)).trimEnd().split('\n');

describe('Word numbering as Word shows it', function () {
  // Building and reading packages takes seconds on a loaded machine.
  this.timeout(60_000);
  const abstract = `<w:abstractNum w:abstractNumId="0">${lvl(0, '%1.')}${lvl(1, '%1.%2', 'lowerLetter')}</w:abstractNum>`;

  it('goes on across other paragraphs and across instances of one definition', async () => {
    const bytes = docx(p('a', 1) + p('Element', undefined, 0, 'Heading2') + p('b', 1) + p('c', 2), abstract + num(1, 0) + num(2, 0));
    assert.deepEqual(await lines(bytes), ['1. a', 'Element', '2. b', '3. c']);
  });

  it('restarts where an instance with a start override is first used', async () => {
    const override = '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="5"/></w:lvlOverride>';
    const bytes = docx(p('a', 1) + p('b', 1) + p('c', 2) + p('d', 2) + p('e', 1), abstract + num(1, 0) + num(2, 0, override));
    assert.deepEqual(await lines(bytes), ['1. a', '2. b', '5. c', '6. d', '7. e']);
  });

  it('restarts a level only where the instance is first used at that level', async () => {
    const override = '<w:lvlOverride w:ilvl="1"><w:startOverride w:val="4"/></w:lvlOverride>';
    const bytes = docx(p('a', 1) + p('x', 1, 1) + p('b', 2) + p('y', 2, 1) + p('z', 2, 1), abstract + num(1, 0) + num(2, 0, override));
    assert.deepEqual(await lines(bytes), ['1. a', '  1.a x', '2. b', '  2.d y', '  2.e z']);
  });

  it('numbers levels, restarting the lower level after a higher one, and formats letters', async () => {
    const bytes = docx(p('a', 1) + p('x', 1, 1) + p('y', 1, 1) + p('b', 1) + p('z', 1, 1), abstract + num(1, 0));
    assert.deepEqual(await lines(bytes), ['1. a', '  1.a x', '  1.b y', '2. b', '  2.a z']);
  });

  it('takes numbering from the paragraph style, and none from numId 0', async () => {
    const styles = '<w:style w:type="paragraph" w:styleId="ListNumber"><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>';
    const bytes = docx(p('a', undefined, 0, 'ListNumber') + p('b', undefined, 0, 'ListNumber') + p('c', 0, 0, 'ListNumber'), abstract + num(1, 0), styles);
    assert.deepEqual(await lines(bytes), ['1. a', '2. b', 'c']);
  });

  it('writes P/K prefixes, bullets and the start value', async () => {
    const defs = `<w:abstractNum w:abstractNumId="0">${lvl(0, 'P%1', 'decimal', 3)}</w:abstractNum><w:abstractNum w:abstractNumId="1">${lvl(0, '\uF0B7', 'bullet')}</w:abstractNum>`;
    const bytes = docx(p('a', 1) + p('b', 1) + p('c', 2), defs + num(1, 0) + num(2, 1));
    assert.deepEqual(await lines(bytes), ['P3 a', 'P4 b', '• c']);
  });

  it('writes the metadata table at the end so that it is read as metadata, headings styled or not', async () => {
    const cell = (text: string) => `<w:tc>${p(text)}</w:tc>`;
    const table = `<w:tbl><w:tr>${cell('Developed by')}${cell('Skills Org')}</w:tr><w:tr>${cell('Version number')}${cell('2')}</w:tr></w:tbl>`;
    const doc = parse(await importDocx(docx(p('A title') + p('Overview') + p('Some text.') + p('Glossary') + p('Customer: anyone served') + table)));
    assert.deepEqual(doc.glossary.map((g) => g.term), ['Customer']);
    assert.deepEqual(doc.fields.map((f) => [f.id, f.value]), [['developed-by', 'Skills Org'], ['version-number', '2']]);
  });

  it('writes a two-column table as metadata lines', async () => {
    const cell = (text: string) => `<w:tc>${p(text)}</w:tc>`;
    const bytes = docx(p('Title') + `<w:tbl><w:tr>${cell('URN')}${cell('ABC1')}</w:tr><w:tr>${cell('Suite:')}${cell('Care')}</w:tr></w:tbl>`);
    assert.deepEqual(await lines(bytes), ['Title', 'URN: ABC1', 'Suite: Care']);
  });
});

describe('Word import of bad files', function () {
  // Building and reading packages takes seconds on a loaded machine.
  this.timeout(60_000);
  const refused = async (bytes: Buffer, pattern: RegExp) => {
    await assert.rejects(importDocx(bytes), (error: unknown) => {
      assert.ok(error instanceof WordError, String(error));
      assert.match(error.text('en'), pattern);
      assert.notEqual(error.text('cy'), error.text('en'));
      return true;
    });
  };

  it('refuses a file that is not a zip package', () => refused(Buffer.from('Overview\nplain text\n'), /not a zip package/));
  it('refuses an empty file', () => refused(Buffer.alloc(0), /not a zip package/));
  it('refuses a zip that is no Word document', () => refused(zip([{ name: 'readme.txt', data: Buffer.from('hello') }]), /not a Word document/));
  it('refuses a password-protected document or an old .doc', () =>
    refused(Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(512)]), /password-protected/));
  it('refuses encrypted parts', () => refused(zip([{ name: 'word/document.xml', data: Buffer.from('<x/>'), encrypted: true }]), /encrypted/));
  it('refuses a damaged package', () => refused(docx(p('a')).subarray(0, 200), /damaged/));
  it('refuses a huge file before reading it', () => refused(Buffer.concat([Buffer.from('PK\x03\x04'), Buffer.alloc(51 << 20)]), /too large/));
  it('refuses a zip bomb that declares its size, without unpacking it', () =>
    refused(zip([{ name: 'word/document.xml', data: Buffer.alloc(41 << 20, 0x20) }]), /unpacks to over/));
  it('refuses a zip bomb that lies about its size, stopping as it goes over', () =>
    refused(zip([{ name: 'word/document.xml', data: Buffer.alloc(30 << 20, 0x20), declaredSize: 1000 }]), /damaged/));
  it('refuses broken XML', () => refused(docx('<w:p><w:r><w:t>a</w:t></w:r>'), /damaged/));
  it('expands no entities declared in the document (billion laughs)', async () => {
    const lol = ['<!ENTITY a0 "lollollollollollollollollollol">', ...Array.from({ length: 9 }, (_, i) => `<!ENTITY a${i + 1} "${`&a${i};`.repeat(10)}">`)].join('');
    const body = `<?xml version="1.0"?><!DOCTYPE w:document [${lol}]><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${p('&a9;')}</w:body></w:document>`;
    const bomb = zip([
      { name: '_rels/.rels', data: Buffer.from('<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="r1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>') },
      { name: 'word/document.xml', data: Buffer.from(body) },
    ]);
    try {
      const text = await importDocx(bomb);
      assert.ok(text.length < 10_000, `${text.length} characters`);
    } catch (error) {
      assert.ok(error instanceof WordError, String(error));
    }
  });
});
