// The document model on awkward real-world text: positions in UTF-16 units, CRLF,
// BOM, NBSP, tabs, curly apostrophes, Welsh letters, footers, continuation lines.

import * as assert from 'node:assert/strict';
import { analyse, applyEdits, parse, type Section } from '../../server/src/core';
import { layoutFixtures, readMarked, LAYOUTS } from './helpers/fixtures';
import * as path from 'node:path';

const pc = (sections: readonly Section[]) => sections.find((s) => s.id === 'performance-criteria')!;
const layout = (name: string) => parse(readMarked(path.join(LAYOUTS, name)).text);
const ku = (sections: readonly Section[]) => sections.find((s) => s.id === 'knowledge-understanding')!;
const elements = (section: Section) => section.elements.map((e) => [e.label, e.firstItem, e.endItem]);

/** A PDF text copy (layout B): URN, title, then the body, and a page footer after every page's lines. */
function pdfCopy(urn: string, title: string, pages: string[][]): string {
  return [`${urn} `, title, ...pages.flatMap((page, i) => [...page, `${urn} `, title, String(i + 1)])].join('\n');
}

/** What broken-item finds, by line, and the text its fix makes of each line with the one before. */
function wrappedFindings(text: string): Array<[number, string]> {
  return analyse(text)
    .findings.filter((f) => f.ruleId === 'broken-item')
    .map((f) => [f.range.start.line, applyEdits(text, f.fixes[0].edits).split('\n')[f.range.start.line - 1]]);
}

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

  it('reads a heading, lead-in or label through invisible characters before it, as after it', () => {
    for (const mark of ['\u200b', '\u200e', '\u00ad', '\u2060']) {
      const doc = parse(`Greet customers\n${mark}URN: SKAEAF2\n${mark}Overview\nThis standard is about greeting customers.\n` +
        `Performance criteria\n${mark}**You must be able to:**\n1. greet customers`);
      assert.equal(doc.urn?.value, 'SKAEAF2', JSON.stringify(mark));
      assert.deepEqual(doc.sections.map((s) => [s.id, s.heading?.range.start.character ?? null]), [['overview', 1], ['performance-criteria', 0]]);
      assert.deepEqual(doc.sections[1].leadIns.map((leadIn) => leadIn.lang), ['en']);
      assert.equal(doc.sections[1].items.length, 1);
    }
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

  it('starts the metadata block at a one-word label and its value on a line where a longer label follows', () => {
    for (const gap of ['\t', ' ']) {
      const doc = parse(`Links to other NOS\nCOSVR706 Manage operations\nURN${gap}COSSUP603\nDeveloped by${gap}CITB\nStatus${gap}Original`);
      assert.deepEqual(doc.fields.map((f) => [f.id, f.value]), [['urn', 'COSSUP603'], ['developed-by', 'CITB'], ['status', 'Original']], JSON.stringify(gap));
      assert.equal(doc.urn?.value, 'COSSUP603');
    }
    // Without a label after it, such a line is the section's text.
    assert.deepEqual(parse('Links to other NOS\nCOSVR706 Manage operations\nURN COSSUP603\nCOSVR707 Plan work').fields, []);
    // After a glossary, as after any section: not a term without a definition.
    const glossary = parse('Geirfa\nMaethu\nRhoi oen i famog arall.\n\nURN LANLP19\n\nDatblygwyd gan Lantra\n\nStatws Gwreiddiol');
    assert.deepEqual(glossary.fields.map((f) => [f.id, f.value]), [['urn', 'LANLP19'], ['developed-by', 'Lantra'], ['status', 'Gwreiddiol']]);
    assert.deepEqual(glossary.glossary.map((e) => e.term), ['Maethu']);
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
      ['5.', 'identify ways to improve the service'],
      ['4.', 'share good practice with other teams'],
    ]);
    assert.deepEqual(items[1].numberRange, { start: { line: 12, character: 2 }, end: { line: 12, character: 3 } });
    // A bullet after a numbered item is its sub-list, not a place in the list.
    assert.deepEqual(items[1].subItems.map((i) => i.text), ['give your team feedback on their performance']);
  });

  it('reads bullets that fill a gap in the numbering as items of the list, not a sub-list', () => {
    const head = ['Plan work', 'URN: CFAPLAN1', 'Overview', 'This standard is about planning.', 'Performance criteria', 'You must be able to:'];
    const doc = parse([...head, '1. plan work', '2. agree the plan', '- record the plan', '- share the plan', '5. review the plan'].join('\n'));
    const items = pc(doc.sections).items;
    assert.deepEqual(items.map((i) => [i.label, i.subItems.length]), [['1.', 0], ['2.', 0], ['-', 0], ['-', 0], ['5.', 0]]);
    // The item before ends where it did, on its own line.
    assert.deepEqual([items[1].lastLine, items[1].range.end], [7, { line: 7, character: 17 }]);
    // An item that opens a sub-list with a colon keeps it, and a gap of another width is no evidence.
    const colon = parse([...head, '1. plan the following:', '- budgets', '3. agree the plan'].join('\n'));
    assert.deepEqual(pc(colon.sections).items.map((i) => [i.label, i.subItems.length]), [['1.', 1], ['3.', 0]]);
    const wider = parse([...head, '1. plan work', '- budgets', '4. agree the plan'].join('\n'));
    assert.deepEqual(pc(wider.sections).items.map((i) => [i.label, i.subItems.length]), [['1.', 1], ['4.', 0]]);
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

  it('joins a line wrapped before a name or a year to its item, as it joins a lower-case one', () => {
    const title = "Recommend financial products and services to meet clients' needs and objectives";
    const text = pdfCopy('FSPFA12', title, [
      [
        'Overview',
        'This standard is about recommending financial products and services that are suitable for clients.',
        'Performance criteria',
        'You must be able to:',
        "1. answer the client's questions honestly and accurately",
        "2. explain the client's cancellation rights and their right to complain to the Financial",
        'Ombudsman Service',
        "3. respect the client's decision if they choose not to accept your recommendation",
      ],
      [
        'Knowledge and understanding',
        'You need to know and understand:',
        '1. the requirements of the Money Laundering Regulations 2017 and the Proceeds of Crime Act',
        '2002',
        '2. your obligations under the UK General Data Protection Regulation (UK GDPR)',
      ],
    ]);
    const doc = parse(text);
    const [, second] = pc(doc.sections).items;
    assert.equal(second.text, "explain the client's cancellation rights and their right to complain to the Financial Ombudsman Service");
    assert.deepEqual([second.line, second.lastLine, second.continuationLines, second.brokenLines], [7, 8, [8], []]);
    const [first] = ku(doc.sections).items;
    assert.equal(first.text, 'the requirements of the Money Laundering Regulations 2017 and the Proceeds of Crime Act 2002');
    assert.deepEqual([first.lastLine, first.continuationLines], [16, [16]]);
    for (const section of [pc(doc.sections), ku(doc.sections)]) assert.deepEqual(section.elements, [], section.id);
    assert.deepEqual(doc.noiseLines, [10, 11, 12, 18, 19, 20]);
    // Reported and joined as a lower-case continuation line is.
    assert.deepEqual(wrappedFindings(text), [
      [8, "2. explain the client's cancellation rights and their right to complain to the Financial Ombudsman Service"],
      [16, '1. the requirements of the Money Laundering Regulations 2017 and the Proceeds of Crime Act 2002'],
    ]);
  });

  it('joins "Work etc. Act 1974" wrapped from the Act’s name to its item', () => {
    const doc = parse(['Inspect installations', 'Knowledge and understanding', 'You need to know and understand:',
      '1. your duties under the Electricity at Work Regulations 1989 and the Health and Safety at', 'Work etc. Act 1974',
      '2. the requirements of BS 7671'].join('\n'));
    assert.equal(ku(doc.sections).items[0].text, 'your duties under the Electricity at Work Regulations 1989 and the Health and Safety at Work etc. Act 1974');
    assert.deepEqual(ku(doc.sections).elements, []);
  });

  it('joins a name wrapped after a Welsh clitic, which always has its word after it', () => {
    const doc = parse(['Ymateb i ddigwyddiadau', 'Gwybodaeth a dealltwriaeth', 'Mae angen i chi wybod a deall:', "Asesu'r digwyddiad",
      "1. y systemau ar gyfer adnabod deunyddiau peryglus, gan gynnwys codau gweithredu brys a rhifau'r", 'Cenhedloedd Unedig',
      '2. egwyddorion asesiad risg dynamig'].join('\n'));
    assert.equal(ku(doc.sections).items[0].text, "y systemau ar gyfer adnabod deunyddiau peryglus, gan gynnwys codau gweithredu brys a rhifau'r Cenhedloedd Unedig");
    assert.deepEqual(ku(doc.sections).elements.map((e) => e.label), ["Asesu'r digwyddiad"]);
  });

  it('joins a wrapped line that opens with a word no verb, and keeps the verb-phrase sub-headings around it', () => {
    const lines = [
      'Safeguard the welfare of children in early years settings',
      'Performance criteria',
      'You must be able to:',
      'Record and share information',
      '11. sign and date your records and store them securely, separately from the child’s',
      'developmental records',
      '12. share information with other professionals in line with the UK General Data Protection',
      'Regulation (UK GDPR) and the Data Protection Act 2018',
      '13. keep parents and carers informed, unless doing so may place the child at greater risk',
      'Promote children’s welfare',
      '14. maintain a safe, clean and secure environment, including safe sleeping arrangements for',
      'babies',
      'Knowledge and understanding',
      'You need to know and understand:',
      'Recognise and respond to concerns',
      '2. the legislation and guidance that protect children, including the Children Act 1989, the',
      'Children Act 2004 and “Working Together to Safeguard Children”',
      // Complete, and ending in a name: the sub-headings after them open with a verb.
      '7. the role of the DSL and of the Local Authority Designated Officer',
      'Record and share information',
      '8. when to contact children’s social care or the police directly',
      'Promote children’s welfare',
      '9. why records must be accurate, factual, dated and signed',
    ];
    const doc = parse(lines.join('\n'));
    const criteria = pc(doc.sections);
    assert.deepEqual(elements(criteria), [['Record and share information', 0, 3], ['Promote children’s welfare', 3, 4]]);
    assert.equal(criteria.items[1].text, 'share information with other professionals in line with the UK General Data Protection Regulation (UK GDPR) and the Data Protection Act 2018');
    assert.deepEqual(criteria.items[1].continuationLines, [7]);
    const knowledge = ku(doc.sections);
    assert.deepEqual(elements(knowledge), [['Recognise and respond to concerns', 0, 2], ['Record and share information', 2, 3], ['Promote children’s welfare', 3, 4]]);
    assert.equal(knowledge.items[0].text, 'the legislation and guidance that protect children, including the Children Act 1989, the Children Act 2004 and “Working Together to Safeguard Children”');
    assert.deepEqual(knowledge.items.map((i) => i.lastLine), [16, 17, 19, 21]);
    assert.deepEqual(wrappedFindings(lines.join('\n')).map(([line]) => line), [5, 7, 11, 16]);
  });

  it('joins a line an acronym opens after a small word, and a name begun on the line before, and keeps sub-headings after complete items', () => {
    const lines = [
      'Install and commission air source heat pump systems',
      'Performance criteria',
      'You must be able to:',
      '1. confirm that the heat loss calculation, emitter sizing and system design meet MCS 020 and',
      'MIS 3005-I requirements before starting work',
      '2. listen to customer requests carefully',
      'Greet customers',
      '3. install the unvented cylinder with its tundish and discharge pipe as set out in Approved',
      'Document G3',
      '4. report faults to the Facilities',
      'Maintain equipment',
      '5. work safely on sites in Wales',
      'Communicate',
      '6. explain the controls to the customer',
    ];
    const text = lines.join('\n');
    const criteria = pc(parse(text).sections);
    assert.deepEqual(criteria.items.map((i) => [i.label, i.line, i.lastLine, i.continuationLines]), [
      ['1.', 3, 4, [4]], ['2.', 5, 5, []], ['3.', 7, 8, [8]], ['4.', 9, 9, []], ['5.', 11, 11, []], ['6.', 13, 13, []],
    ]);
    assert.equal(criteria.items[0].text, 'confirm that the heat loss calculation, emitter sizing and system design meet MCS 020 and MIS 3005-I requirements before starting work');
    assert.equal(criteria.items[2].text, 'install the unvented cylinder with its tundish and discharge pipe as set out in Approved Document G3');
    // Sentence case after a name begun, and a verb alone after one, stay sub-headings.
    assert.deepEqual(elements(criteria), [['Greet customers', 2, 4], ['Maintain equipment', 4, 5], ['Communicate', 5, 6]]);
    // Reported and joined as a lower-case continuation line is.
    assert.deepEqual(wrappedFindings(text), [
      [4, '1. confirm that the heat loss calculation, emitter sizing and system design meet MCS 020 and MIS 3005-I requirements before starting work'],
      [8, '3. install the unvented cylinder with its tundish and discharge pipe as set out in Approved Document G3'],
    ]);
  });

  it('joins names wrapped in Welsh and with P1/K1 labels, and leaves sub-headings a verb or verb-noun opens', () => {
    const welsh = parse([
      'Datrys problemau a chwynion cwsmeriaid',
      'Gwybodaeth a dealltwriaeth',
      'Mae angen i chi wybod a deall:',
      '5. terfynau eich awdurdod wrth ddatrys problemau a chwynion',
      '6. hawliau cwsmeriaid o dan',
      'Ddeddf Hawliau Defnyddwyr 2015',
      '7. gweithdrefn gwyno eich sefydliad yn unol â Safonau’r Gymraeg a Rheoliadau',
      'Datrys problemau a chwynion cwsmeriaid',
      '8. y ffyrdd o gyflwyno dewisiadau i gwsmeriaid mewn modd clir a chadarnhaol',
    ].join('\n'));
    assert.equal(welsh.language, 'cy');
    const knowledge = ku(welsh.sections);
    assert.deepEqual(knowledge.items.map((i) => i.text).slice(1, 3), ['hawliau cwsmeriaid o dan Ddeddf Hawliau Defnyddwyr 2015', 'gweithdrefn gwyno eich sefydliad yn unol â Safonau’r Gymraeg a Rheoliadau']);
    assert.deepEqual(elements(knowledge), [['Datrys problemau a chwynion cwsmeriaid', 3, 4]]);

    const template = parse([
      'Interview suspects',
      'Performance criteria',
      'You must be able to:',
      'P1 plan the interview in line with the Police and Criminal Evidence',
      'Act 1984 and its Codes of Practice',
      'P2 record the interview in line with the Police and Criminal Evidence Act',
      'Evaluate interviews',
      'P3 evaluate the account given against other material in the investigation',
      'Knowledge and understanding',
      'You need to know and understand:',
      'K1 your duties under the Prevent duty and the Counter-Terrorism and',
      'Security Act 2015',
      'K2 the role of the Crown Prosecution Service',
    ].join('\n'));
    const criteria = pc(template.sections);
    assert.deepEqual(criteria.items.map((i) => [i.label, i.lastLine]), [['P1', 4], ['P2', 5], ['P3', 7]]);
    assert.deepEqual(elements(criteria), [['Evaluate interviews', 2, 3]]);
    assert.equal(ku(template.sections).items[0].text, 'your duties under the Prevent duty and the Counter-Terrorism and Security Act 2015');
  });

  it('leaves an unnumbered line that may be a sub-heading one: after a complete item, a blank line, or before the metadata', () => {
    const doc = parse([
      'Maintain health and safety',
      'Knowledge and understanding',
      'You need to know and understand:',
      'K1 the hazards that are present in your workplace',
      'Legislation',
      'K2 your responsibilities under the Health and Safety at Work etc. Act',
      '',
      'Safe working',
      'K3 safe working practices for your job, and the',
      'Maintain health and safety',
      'Developed by',
      'Proskills',
    ].join('\n'));
    const knowledge = ku(doc.sections);
    assert.deepEqual(elements(knowledge), [['Legislation', 1, 2], ['Safe working', 2, 3]]);
    assert.equal(knowledge.items[2].text, 'safe working practices for your job, and the');
    assert.equal(doc.trailingTitle?.line, 9);
  });

  it('takes the title for page noise only inside a footer, in the order the footers run', () => {
    const title = 'Datrys problemau a chwynion cwsmeriaid';
    const text = pdfCopy('INSCS015', title, [
      // A sub-heading worded as the title just before a footer, and just after one.
      ['Meini prawf perfformiad', 'Rhaid i chi allu:', '6. nodi a oes modd i chi ddatrys y broblem o fewn terfynau eich awdurdod', title],
      ["7. nodi'r dewisiadau sydd ar gael i ddatrys y broblem a'u hesbonio i'r cwsmer", 'Gwybodaeth a dealltwriaeth', 'Mae angen i chi wybod a deall:', '6. hawliau cwsmeriaid o dan Ddeddf Hawliau Defnyddwyr 2015'],
      [title, "7. gweithdrefn gwyno eich sefydliad a'r amserlenni ar gyfer ymateb i gwynion", 'Datblygwyd gan', 'Instructus', 'RCU gwreiddiol', 'INSCS015'],
    ]);
    const doc = parse(text);
    assert.deepEqual(doc.noiseLines, [6, 7, 8, 13, 14, 15, 22, 23, 24]);
    assert.deepEqual(elements(pc(doc.sections)), [[title, 1, 2]]);
    assert.deepEqual(elements(ku(doc.sections)), [[title, 1, 2]]);
    // Nor is a value just before a footer.
    assert.equal(doc.fields.find((f) => f.id === 'original-urn')?.value, 'INSCS015');
  });

  it('leaves a value just above a footer to its label, though it reads as a page number', () => {
    const text = pdfCopy('SKASS12', 'Steward events', [
      ['Overview', 'This standard is about stewarding events.', 'Performance criteria', 'You must be able to:', '1. check the site before the event'],
      ['2. brief the team', 'Developed by', 'SkillsActive', 'Version Number', '1'],
      ['Date Approved', '13 Feb 2024', 'Validity', 'Current'],
    ]);
    const doc = parse(text);
    assert.deepEqual(doc.noiseLines, [7, 8, 9, 15, 16, 17, 22, 23, 24]);
    assert.equal(doc.fields.find((f) => f.id === 'version-number')?.value, '1');
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
