// Property 3: fixes keep every character they do not mean to change. A fix's edits are
// applied exactly as LSP defines them, so nothing outside their ranges changes; and each
// edit does only what its kind may: an insertion adds whole lines with the document's
// line breaks, a removal takes whole lines and none that hold content, a renumbering
// replaces an item's digits with digits (or its label with a label), and every other
// replacement is one its rule may make (fixKinds.ts). Group fixes and fix-all make only
// edits their findings offer, fix-all leaves no numbering finding behind and changes
// nothing when applied again.

import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import {
  analyse, applyEdits, fixAll, groupFix,
  type Analysis, type AnalyseOptions, type Finding, type Lang, type NosDocument, type Range, type TextEdit,
} from '../../server/src/core';
import { SegmentedLineIndex } from '../../server/src/core/text/segmentedLines';
import { comparePositions } from '../../server/src/core/types';
import { anyText } from './arbitraries';
import { assertReplacement, INLINE_REMOVALS } from './fixKinds';
import { property } from './config';
import { applyLsp, assertRange, Lines } from './text';
import { sample } from '../unit/helpers/fixtures';

const BREAKS = /\r\n|\r|\n/g;
const DIGITS = /^\d+$/;
const LABEL = /^[PK]?\d+[.)]?$/;

const language = fc.constantFrom<AnalyseOptions['language']>('auto', 'en', 'cy');

interface Subject {
  lines: Lines;
  analysis: Analysis;
}

const same = (a: Range | null, b: Range) => JSON.stringify(a) === JSON.stringify(b);
const span = (first: number, last: number) => Array.from({ length: last - first + 1 }, (_, i) => first + i);

/** The fix's edits lie in the text and, applied by the core, give what LSP gives. */
function assertApplied({ lines }: Subject, edits: readonly TextEdit[], what: string): string {
  for (const edit of edits) assertRange(lines, edit.range, what);
  const fixed = applyEdits(lines.text, edits);
  assert.equal(fixed, applyLsp(lines, edits), `${what}: applied otherwise than LSP applies its edits`);
  return fixed;
}

/**
 * The edit replaces an item's digits with digits, or its label with a label, spaced from
 * its text when it was glued to it ("P1identify" becomes "1. identify").
 */
function assertRenumbers({ lines, analysis }: Subject, edit: TextEdit, what: string): void {
  const end = lines.offset(edit.range.end);
  const old = lines.text.slice(lines.offset(edit.range.start), end);
  const label = /\p{L}/u.test(lines.text.charAt(end)) ? edit.newText.replace(/ $/, '') : edit.newText;
  const items = analysis.doc.sections.flatMap((s) => s.items);
  const renumbers = items.some((item) => same(item.numberRange, edit.range) && DIGITS.test(old) && DIGITS.test(edit.newText));
  const relabels = items.some((item) => same(item.labelRange, edit.range) && LABEL.test(old) && LABEL.test(label));
  assert.ok(renumbers || relabels, `${what} replaces “${old}” with “${edit.newText}”: more than an item's number or label`);
}

/** Lines that hold content: a removal may take only those of the glossary entry or empty item it is about. */
function contentLines(doc: NosDocument, finding: Finding): Set<number> {
  const content = new Set([
    ...doc.looseLines,
    ...[doc.title, doc.trailingTitle].flatMap((t) => (t ? [t.line] : [])),
    ...doc.fields.flatMap((f) => span(f.line, f.lastLine)),
    ...doc.glossary.flatMap((e) => span(e.line, e.lastLine)),
    ...doc.sections.flatMap((s) => {
      const lines = [...s.items.flatMap((i) => span(i.line, i.lastLine)), ...s.elements.map((e) => e.line), ...s.paragraphLines];
      return lines.length && s.heading ? [s.heading.line, ...lines] : lines;
    }),
  ]);
  const entry = doc.glossary.find((e) => same(e.termRange, finding.range));
  for (const line of entry ? span(entry.line, entry.lastLine) : []) content.delete(line);
  // Page footers are no content, even inside an item broken by a page.
  if (finding.ruleId === 'page-noise') for (const line of doc.noiseLines) content.delete(line);
  // An empty item's line holds only its label.
  const empty = finding.ruleId === 'broken-item' && doc.sections.flatMap((s) => s.items).find((i) => same(i.labelRange, finding.range) && !i.text.trim());
  if (empty) content.delete(empty.line);
  return content;
}

/** In flattened text, a removal takes whole parts (the parser's lines), with the spaces on one side. */
function assertPartsRemoved(subject: Subject, finding: Finding, edit: TextEdit, what: string): void {
  const { text } = subject.lines;
  const parts = subject.analysis.doc.lines;
  const [from, to] = [subject.lines.offset(edit.range.start), subject.lines.offset(edit.range.end)];
  const inside = span(0, parts.lineCount - 1).filter((line) => parts.lineStart(line) >= from && parts.lineEnd(line) <= to);
  const [first, last] = [inside[0], inside[inside.length - 1]];
  const old = JSON.stringify(text.slice(from, to));
  assert.ok(inside.length > 0 && !text.slice(from, parts.lineStart(first)).trim() && !text.slice(parts.lineEnd(last), to).trim(), `${what} removes ${old}, not whole parts`);
  const content = contentLines(subject.analysis.doc, finding);
  const lost = inside.filter((line) => content.has(line) && parts.lineText(line).trim() !== '');
  assert.deepEqual(lost, [], `${what} removes parts that hold content from ${old}`);
}

function assertEdit(subject: Subject, finding: Finding, edit: TextEdit, what: string): void {
  const { lines } = subject;
  const { start, end } = edit.range;
  const old = lines.text.slice(lines.offset(start), lines.offset(end));
  const atEnd = lines.offset(end) === lines.text.length;
  if (old === '') {
    // Lines go in before a line, ending with a break, or after the last, starting with one;
    // in flattened text, before a part inside a line, starting and ending with one.
    const [opens, closes] = [/^(\r\n|\r|\n)/.test(edit.newText), /(\r\n|\r|\n)$/.test(edit.newText)];
    const parts = subject.analysis.doc.lines;
    const offset = lines.offset(start);
    const beforePart = opens && closes && span(0, parts.lineCount - 1).some((line) => parts.lineStart(line) === offset);
    const linewise = (start.character === 0 && closes) || (atEnd && opens) || beforePart;
    assert.ok(linewise, `${what} inserts ${JSON.stringify(edit.newText)} inside a line at ${JSON.stringify(start)}`);
    const eol = /\r\n|\r|\n/.exec(lines.text)?.[0] ?? '\n';
    for (const [found] of edit.newText.matchAll(BREAKS)) assert.equal(found, eol, `${what} inserts other line breaks than the document's`);
  } else if (edit.newText === '' && INLINE_REMOVALS.has(finding.ruleId) && !/[\r\n]/.test(old)) {
    // Markup, invisible characters and stops go from inside a line.
    assertReplacement(old, edit, finding, what);
  } else if (edit.newText === '' && subject.analysis.doc.lines instanceof SegmentedLineIndex) {
    assertPartsRemoved(subject, finding, edit, what);
  } else if (edit.newText === '') {
    // From a line's start to a later line's start, from the end of a line to the end of
    // the text (taking the break before the last lines), or the whole text.
    const linewise = (start.character === 0 && end.character === 0 && end.line > start.line) ||
      (start.character === lines.length(start.line) && atEnd) || (lines.offset(start) === 0 && atEnd);
    assert.ok(linewise, `${what} removes ${JSON.stringify(old)}, not whole lines`);
    const first = start.character === 0 ? start.line : start.line + 1;
    const last = end.character === 0 && end.line > start.line ? end.line - 1 : end.line;
    const content = contentLines(subject.analysis.doc, finding);
    const lost = span(first, last).filter((line) => content.has(line) && lines.lineText(line).trim() !== '');
    assert.deepEqual(lost, [], `${what} removes lines that hold content from ${JSON.stringify(old)}`);
  } else {
    if (finding.ruleId === 'criteria-numbering') {
      assert.ok(!/[\r\n]/.test(old + edit.newText), `${what} replaces across lines`);
      assertRenumbers(subject, edit, what);
    } else assertReplacement(old, edit, finding, what);
  }
}

/** A move takes lines out and puts the same lines back elsewhere: no line is lost or made up. */
function assertMoves(subject: Subject, fixed: string, what: string): void {
  const content = (text: string) => text.split(BREAKS).filter((line) => line.trim() !== '').sort();
  assert.deepEqual(content(fixed), content(subject.lines.text), `${what} changes lines as well as moving them`);
}

/** A moved item: its lines leave the criteria and come back, relabelled, in knowledge. */
function assertRelabelledMove(subject: Subject, finding: Finding, edits: readonly TextEdit[], what: string): void {
  const { lines } = subject;
  const fixed = new Lines(assertApplied(subject, edits, what));
  const body = (text: string) => text.replace(/^\s*\S+\s*/, '');
  const moved = lines.lineText(finding.range.start.line);
  assert.equal(fixed.count, lines.count, `${what} adds or loses lines`);
  assert.ok(fixed.text.includes(body(moved)), `${what} loses “${body(moved)}”`);
}

function assertSingleFixes(subject: Subject): void {
  for (const finding of subject.analysis.findings) {
    for (const fix of finding.fixes) {
      const what = `“${fix.title}” for “${finding.message}”`;
      if (finding.ruleId === 'observable-criterion') {
        assertRelabelledMove(subject, finding, fix.edits, what);
        continue;
      }
      const fixed = assertApplied(subject, fix.edits, what);
      if (finding.ruleId === 'section-order') assertMoves(subject, fixed, what);
      else for (const edit of fix.edits) assertEdit(subject, finding, edit, what);
    }
  }
}

/** Each edit of a combined fix, checked as an edit of the finding whose fix it comes from. */
function assertCombined(subject: Subject, edits: readonly TextEdit[], what: string): void {
  const owner = new Map<TextEdit, Finding>();
  for (const finding of subject.analysis.findings) for (const fix of finding.fixes) for (const edit of fix.edits) owner.set(edit, finding);
  for (const edit of edits) {
    const finding = owner.get(edit);
    if (!finding) {
      assertJoined(edit, [...owner.keys()], what);
      continue;
    }
    if (finding.ruleId === 'criteria-numbering') assertRenumbers(subject, edit, what);
    else assertEdit(subject, finding, edit, what);
  }
}

/** An edit no finding offers is deletions that overlapped, joined: exactly the span they cover together. */
function assertJoined(edit: TextEdit, offered: readonly TextEdit[], what: string): void {
  const within = (inner: Range, outer: Range) => comparePositions(inner.start, outer.start) >= 0 && comparePositions(inner.end, outer.end) <= 0;
  const parts = offered.filter((e) => e.newText === '' && within(e.range, edit.range)).sort((a, b) => comparePositions(a.range.start, b.range.start));
  assert.ok(edit.newText === '' && parts.length > 1, `${what} makes an edit no finding offers`);
  let reached = edit.range.start;
  for (const part of parts) {
    assert.ok(comparePositions(part.range.start, reached) <= 0, `${what} deletes text between the deletions it joins`);
    if (comparePositions(part.range.end, reached) > 0) reached = part.range.end;
  }
  assert.deepEqual(reached, edit.range.end, `${what} deletes beyond the deletions it joins`);
}

function assertGroupFixes(subject: Subject): void {
  for (const key of new Set(subject.analysis.findings.map((f) => f.group?.key))) {
    const fix = key === undefined ? null : groupFix(subject.analysis, key);
    if (!fix) continue;
    assertApplied(subject, fix.edits, fix.title);
    // Each edit held to what the fix of the finding it comes from may do.
    assertCombined(subject, fix.edits, fix.title);
  }
}

function assertFixAll(subject: Subject, options: AnalyseOptions): void {
  const all = fixAll(subject.analysis);
  const fixed = all ? assertApplied(subject, all.edits, 'fix-all') : subject.lines.text;
  if (all) assertCombined(subject, all.edits, 'fix-all');
  const again = analyse(fixed, options);
  const left = again.findings.filter((f) => f.ruleId === 'criteria-numbering').map((f) => f.message);
  assert.deepEqual(left, [], `numbering findings after fix-all of ${JSON.stringify(subject.lines.text)}`);
  const twice = fixAll(again);
  assert.equal(twice ? applyEdits(fixed, twice.edits) : fixed, fixed, 'fix-all changed its own output');
}

function assertFixesKeepText(text: string, options: AnalyseOptions): void {
  const subject = { lines: new Lines(text), analysis: analyse(text, options) };
  assertSingleFixes(subject);
  assertGroupFixes(subject);
  assertFixAll(subject, options);
}

// page-noise is off by default: on here, so its fixes are checked too.
const ALL_RULES = { 'page-noise': 'information' } as const;

describe('property: fixes keep the text they do not target', () => {
  property('for every single fix, every list-wide fix and fix-all', 300, () =>
    fc.property(anyText, language, (text, lang) => assertFixesKeepText(text, { language: lang, rules: ALL_RULES })),
  );

  describe('counter-examples', () => {
    const found: Array<[string, string, Lang?]> = [
      // The URN line went after the end of the text, where editors glue it to the title.
      ['a title on the last line', 'Title'],
      // "P2identify" became "2.identify", which is no item: the next one stayed misnumbered.
      ['a label glued to its text, in another style', 'Performance criteria\n1. a\nP2identify\n3. c'],
      // "2)" alone on its line became "2", a bare number alone, which is no item.
      ['a label alone on its line, in a section of bare numbers', 'Performance criteria\n1 a\n2)\nb\n3 c'],
      ['a P label alone on its line, in a section of bare numbers', 'Performance criteria\nP1\nidentify risks\n2 report them\n3 record them'],
      // "URN" alone between an empty heading and its empty sub-heading went with them.
      ['a metadata label alone between empty headings', 'Cwmpas ystod\nURN\nGwybodaeth Cwmpas\nYou must be able to:', 'cy'],
      // A line of two headings was read as flattened only while the Welsh one made it long enough.
      ['a Welsh heading before an English one on a line', 'Overview\nCysylltiadau allanol Performance criteria\nYou must be able to:\n1. a\nKeywords\ncustody\nSFJAA101 \n'],
      // Without its stop, the title "SKAEAF2 ." was a bare URN, and the line after it the title.
      ['a URN and a spaced stop as the title', 'SKAEAF2 . \n \u0000 \r customer'],
      // Without its stop, "0. *." was read as the title "0.", its markup closing it: fix-all took that stop next.
      ['a title ending in a stop, markup and a stop', '\u00000. *.'],
      // Taking out the zero-width space left a no-break space next to spaces: fix-all again changed it.
      ['a zero-width space between a no-break space and spaces', 'Overview\n\uf0b7\u00a0\u200b  '],
      // Taking out the soft hyphen left "0" alone, which the list then read as part of an item.
      ['a soft hyphen after a number alone on its line', 'Overview\nYou must be able to:\n\t0.\t \n0\u00ad'],
      // A BOM between a label and its text became removable only once the label was relabelled.
      ['a zero-width character between a label and its text', 'Overview\nYou must be able to:\nP0  \n\t0.\ufeffA'],
      // A joiner before a soft hyphen was left, then found alone at the end of the line.
      ['a joiner before a soft hyphen and spaces', 'Overview\nURN \n\r 1 of 12\n\t0.\u200d\u00ad  '],
      // The space before a direction mark ending the line was kept, and became a label's trailing space.
      ['a space and a direction mark ending a line', 'You must be able to:\nURN \u202e'],
      // Fix-all made "0." bare, which turned a wrapped bare number after it into an item.
      ['bare numbers after a dotted item, one wrapped text', 'You must be able to:\n0. ’\n0\t\u0000\n0 \u0000\nRN\n30 Maw 2021'],
      ['a dotted list with wrapped numbers and bare items after a paragraph', 'Performance criteria\n1. respond within\n24 hours\nPlan\n2 check\n3 report'],
      // Dropping the title's stop left the space before it, a trailing space fix-all then took.
      ['a title ending in a spaced full stop', 'customer .'],
      // urn-format and invisible-character both fixed a soft hyphen inside the URN: fix-all's edits overlapped.
      ['a soft hyphen among spaces inside a URN', 'URN customer \u00ad   1 of 12'],
      // A stop before a soft hyphen was found only once invisible-character had taken the hyphen.
      ['a full stop, a space and a soft hyphen ending an item', 'Overview\nYou must be able to:\n0) . \u00ad'],
      // A joiner after a bullet was meant until the bullet became a number: fix-all then took it.
      ['a joiner between a bullet and its text', '\ufeffURN: \nOverview\nYou must be able to:\n◦\u200cc'],
      // Dropping a title's only character made the line after it the title, whose trailing space fix-all then took.
      ['a title of a full stop alone', '.\nRN: \r\r\n customer'],
      // Numbering a bullet "1" in a list of bare numbers made its wrapped line " 3 a" item 3.
      ['a bullet with a wrapped number, in a list of bare numbers', 'You must be able to:\n- \r\r\n 3 a  \n0 SKAEAF2 customer'],
      // The title's stop was seen only once invisible-character had taken the zero-width space after it.
      ['a title ending in a stop and a zero-width space', '’0. \u200b'],
      // Lower-cased, "2 Report the call" read as text wrapped from the item before: fix-all joined two items.
      ['a capital starting an item numbered bare', 'Title\nPerformance criteria\nYou must be able to:\n- respond within\n\n 24 hours\n2 Report the call'],
      // Numbered "1" in a list of bare numbers, a bullet alone on its line was no item: the next was misnumbered.
      ['a bullet alone on its line, in a list of bare numbers', 'Overview\nYou must be able to:\n•\n0 \u0000'],
      // Dropping the last of two spaced stops left the item ending in the other.
      ['an item ending in two spaced stops', 'Overview\nYou must be able to:\n0. ’\ncustomer . .'],
      // The stop's removal took the spaces around a byte order mark that invisible-character removed: the two overlapped.
      ['an item ending in a stop after spaces and a byte order mark', 'Overview\nYou must be able to:\n0 ’ \ufeff .'],
      // Without its semicolon, "customer A" stopped mid-name, and the lines after it joined it.
      ['an item ending in a capital and a semicolon, before a bare number', 'Overview\nYou must be able to:\nP0\tcustomer A;\n0 \r customer .'],
      // Dropping one mark left the other for fix-all's next pass.
      ['an item ending in a semicolon and a stop', 'Overview\nYou must be able to:\n0) !;.'],
      // The repeat's removal took the paragraph between the two items.
      ['an item repeated after a paragraph', 'You must be able to:\nRN\n30 Maw 2021\nRN\n\n30 Maw 2021'],
      // Translated to a label of one word, "Categori SGC ’" was no label: "30 Maw 2021" became an item.
      ['a Welsh label of two words starting the metadata in an English document', 'You must be able to:\nCategori SGC ’\nRN\n\n30 Maw 2021'],
      ['an English label of one word with a colon before a title in a Welsh document', 'Overview\nURNcustomer \r\nNOSCategory: ', 'cy'],
      // "gwsmeriaid" and "chwsmeriaid" were taken for misspellings of each other; the sub-heading's wording held digits.
      ['element sub-headings holding two mutations of a word', '’\nURN: customer\nMeini prawf perfformiad\nSKAEAF2 gwsmeriaid 1 of 12\nYou need to know and understand:\nSKAEAF2 chwsmeriaid customer 1 of 12'],
      ['element sub-headings holding digits', 'Meini prawf perfformiad\nUned 2 cwsmeriaid\nGwybodaeth a dealltwriaeth\nUned 2 cwsmeiaid newydd'],
      // A no-break space and a soft hyphen after a bare number ending its line went whole: "1" alone was no item.
      ['a no-break space and a soft hyphen after a bare number alone', 'Overview\nYou must be able to:\n0\u00a0 \u00ad \r\r\n customer\n\t0\tcustomer'],
      // Numbering a bullet "1" in a list of bare numbers made the text line after the item, "1000 Customer", an item.
      ['a bullet followed by a text line starting with a number, in a list of bare numbers', 'You must be able to:\n- customer\n1000 Customer customer\n0 customer'],
      // An empty heading's removal in flattened text took a part of a line, with the space before it.
      ['an empty heading in flattened text', 'Links to other NOS\u000bOverview0. Cwmpas ystod'],
      // Flattened text: its fix turns the spaces between parts into line breaks.
      ['a flattened draft', 'Plan work URN: CFAPLAN1 Overview This standard is about planning. Performance criteria You must be able to: P1 plan work P2 agree it'],
      // Removing every empty heading joined two overlapping removals into one edit.
      ['two empty headings, the last ending the text', 'Glossary\nGlossary'],
      // Taking out the direction mark made the line a page footer, which fix-all then removed.
      ['a direction mark inside a page footer', 'SKAEAF2\nURN: \nSKAEAF2 \u202e 1 of 12'],
      // Numbered bare, a bullet followed by a soft hyphen and spaces became "1   ", no item: the next was misnumbered.
      ['a bullet followed by a soft hyphen and spaces, in a list of bare numbers', 'You must be able to:\n- \u00ad  \n0\t!'],
      // Numbered bare, a bullet followed by a direction mark became "1 \u202e", which invisible-character made "1  ", no item.
      ['a bullet followed by a direction mark, in a list of bare numbers', 'SKAEAF2\nOverview\nYou must be able to:\n- \u202e \n\r customer\nSKAEAF2 \n\r 1 o'],
      // Safe after a label, a no-break space's fix took a direction mark with it: "1" was left alone, no item.
      ['a no-break space and a direction mark after a bare number ending its line', 'You must be able to:\n0\u00a0\u202e  \n0 !'],
      // A zero-width space kept "SKAEAF2" from being the bare URN line: once fix-all had taken it, the line after was the title.
      ['a bare URN line ending in a zero-width space', 'SKAEAF2 \u200b \r customer \t'],
      // Taking the direction mark out made the dash a bullet only while the zero-width space was there: fix-all took it next time.
      ['a direction mark before a dash and a zero-width space', '\u202e–\u200b\u0000'],
      // "_" after a soft hyphen was the URN's, after the label the label's markup: the zero-width space after it changed owner.
      ['a soft hyphen, markup and a zero-width space between a label and its value', 'URN\u00ad_\u200b0. '],
      // "3 " read as an empty item, "3" as a page number: taking the space made a footer that fix-all then removed.
      ['a page number with a trailing space under a URN line', 'SKAEAF2\nSuite\nSKAEAF2 \r 3 \n customer 1 of 12\n\n'],
      // A one-word item in capitals was read as stopping mid-name, and took the next line; lower-cased by fix-all, it no longer did.
      ['a one-word capitalised item before a line starting with a stop', 'Performance criteria\n0) Tudalen\n .\n3 customer \u0000'],
      ['a one-word capitalised item after a direction mark, before a bare number', 'You must be able to:\nP0 \u202e Customer\n0\u0000\n0 ẁ \u0000'],
      ['a bullet of one article and a zero-width space, before a line starting with a stop', 'Overview\nYou must be able to:\n- A \u200b\n .\nURN6211'],
      ['an item ending in an article and a zero-width space, before a line starting with a stop', 'Overview\nYou must be able to:\n- customer A \u200b\n .\nURN6211'],
      ['an item ending in a preposition and a spaced stop, before a number', 'Overview\nYou must be able to:\n- customer â .\n 1\n\t0\tcustomer'],
      ['a zero-width space before a P label glued to a quote, after an item ending in a name', 'You must be able to:\n0. customer Page\n\u200bP0’\n-\t\u0000'],
      // "Keywords customer" after a label awaiting its value became that value: a translation to one word is no safe fix there.
      ['a Welsh label of two words with its value after a space, after a label with none', 'SKAEAF2\nYou must be able to:\nURN: \u0000\nod SOC: \nGeiriau allweddol customer'],
      // The stop's removal took the space after a direction mark, not the mark: fix-all took the mark, then the stop.
      ['a direction mark between spaces before an item\'s stop', 'You must be able to:\n0) customer \u202e .'],
      // As with "1000 Customer", behind an invisible character: fix-all numbered the bullet, then "0 customer" read as an item.
      ['a bullet followed by a line starting with an invisible character and a number, in a list of bare numbers', 'You must be able to:\n\t-\tcustomer\n\u180e0 customer\n0  '],
      // The other section's sub-heading held quotation marks: its wording is the writer's, whatever its punctuation.
      ['element sub-headings, one holding a quotation mark', "Meini prawf perfformiad\nYmgysylltP0 ‘u â'r cwsmeriaid\n1. cyfarch\nGwybodaeth a dealltwriaeth\nYmgyslltu â chwsmeriaid\n1. sut i gyfarch"],
      // The odd space became an ordinary one beside the no-break space kept: the next fix-all took that.
      ['an odd space and a no-break space', 'Overview\n\uf0b7\u2005\u00a0'],
      // Taking out the direction mark after the item's stop ended its sentence: the line after the blank line no longer continued it.
      ['a direction mark after an item\'s stop, before a blank line', "Meini prawf perfformiad\nMae'n rhaid eich bod chi'n gallu:\n0. 0. \u202e\r\r’- cyfrannu at waith\n- cynnal"],
      // A direction mark after a label was its value: taken out, it left the label alone, and the next line its value.
      ['a direction mark alone after a label', 'URN \u202e\nRN: \r'],
      // The title held a soft hyphen, so its footer was seen only once fix-all had taken the hyphen.
      ['a page footer repeating a title that holds a soft hyphen', ' \u00ad â\nSKAEAF2 \r\n â 1 of 1'],
      // A zero-width space ended the title, so its stop before " _" was seen only once fix-all had taken the space.
      ['a title ending in a stop, markup and a zero-width space', '\u00000. _\u200b'],
      // Flattened, with no blank lines: a missing section and a URN line went in before a part inside a line, glued to the part before.
      ["sections inserted into flattened text without blank lines", "Overview\u0000\u0000\u0000# Lead a team to improve custome> Behaviours\n*You must be able to:*\n  1. agree customer service standards with your team\n  2. monitor your team’s performance against those standards\n  - give your team feedback on their performance\n  4.\tidentify ways to improve the service\n  4. share good practice with other teams\n#Scope/range related to performance criteria# Knowledge and understanding\n**You need to know and understand:**\n- how to agree standards with a team\n- how to monitor performance against standards\n## Values\n## Glossary\n**Team**: the people who report to you\n**Benchmark**: a standard that others are measured against\n"],
      // A byte order mark parted "Tudalen" from "p0": a name used mid-sentence, until fix-all took the mark and the capital was reported.
      ['a capitalised item word repeated behind a byte order mark', 'You must be able to:\n0) Tudalen ’\np0\ufeffTudalen'],
      // invisible-character's fix of the no-break space took the lead: the ";" it stood before was removed only by the next fix-all.
      ['a no-break space before a value\'s trailing separator', sample('001').replace('cyfathrebu;', 'cyfathrebu\u00a0 ;')],
      // A soft hyphen after a Welsh heading in an English draft made it no heading, until fix-all took the hyphen; then the next one translated it.
      ['a heading followed by a soft hyphen, in the other language', 'Cwmpas ystod\u00ad', 'en'],
      // A soft hyphen before the URN made it no URN, so the direction mark inside was nobody's until fix-all took the hyphen.
      ['an invisible character before a URN and another inside it', 'URN \u00ad customer \u202e customer 1 of 12\ncustomer\nSKAEAF2'],
      // "Ymgysllt" of "Ymgysllt\u0000u" read as a word: the whole other wording was offered over the control character.
      ['a knowledge sub-heading with a control character inside a word', sample('001').replace('Ymgyslltu', 'Ymgysllt\u0000u')],
      // Past an apostrophe, in the criteria's twin: "Ymgysyllt" was read, and the twin's wording offered with the character.
      ['a criteria sub-heading with a control character after an apostrophe inside a word', sample('001').replace("Ymgysylltu â*'r cwsmeriaid*", "Ymgysyllt’\u0000u â'r cwsmeriaid")],
      // The item's stop kept the lower-case line after a blank line apart: fix-all dropped it, and that line joined the item.
      ['an item ending in a stop before a blank line and a lower-case line', 'Overview\nYou must be able to:\n-  \n0 customer . \r\r\n customer \u0000\n\t0 a '],
      // Translated inside the URN's line, the heading no longer made the text flattened: the next fix-all translated the lead-in it had kept silent.
      ['an English heading inside a line of a Welsh draft, the only thing making it flattened', 'Title\nURN: INSCC1# Scope/range related to knowledge and understanding\nBusiness Sectors (Suites## Cwmpas Perfformiad:Performance criteria\nYou must be able to:\n1. greet customers\n\nKnowledge and understanding\nYou need to know and understand:\n1. why listening matters', 'cy'],
      // Translated, "URN gwreiddiol" took a soft hyphen's removal for safe: without it the line read as the URN label with a value.
      ['an English label with a soft hyphen before its value in a Welsh document', 'Original URN\u00adŷ', 'cy'],
      // Numbered "2." by criteria-numbering's fix, the bare item after the blank line no longer needed the stop before it: the next fix-all took it.
      ['an item ending in a stop before a blank line and a bare number criteria-numbering gives a stop', 'Overview\nYou must be able to:\n0.\t! .\n\n0\tcustomer'],
      // "Use the twin's wording" took the "> Overview." inside the knowledge sub-heading with it.
      ['a sub-heading holding a symbol inside a word', sample('001').replace('Rheoli adborth cwsmeriaid', 'Rheoli adborth c> Overview.wsmeriaid')],
      // A paragraph separator after the colon made the line no label, until fix-all took it with the soft hyphen; then the next fix-all translated the label.
      ['a label followed by a paragraph separator and a soft hyphen, in the other language', 'Cymeradwy ar:\u2029 \u00ad', 'en'],
      // The lead-in's translation took the direction mark after its colon with it.
      ['a lead-in in the other language followed by a direction mark', 'You must be able to:\u202e', 'cy'],
      // A soft hyphen after the keywords' last comma hid it until fix-all had taken the hyphen.
      ['a dangling keyword separator followed by a space and a soft hyphen', 'Keywords: !, \u00ad'],
      // A direction mark after a misspelt label was its value: taken out, it left the label alone, and the line after it its value.
      ['a direction mark alone after a misspelt label, in a PDF copy', "Knowledge and understanding\nYou need to know and understand:\n1. the legislation relevant to the safe custody of individuals\n2. how to assess the risks individuals pose\nSFJAA101 \nManage the safe custody of individuals\n2\n3. the procedures for searching individuals and their property\n4. why custody records must be accurate and complete\nDeveloped by\nSkills for Justice\nVersion Number\n2\nDate Approved\n13 Feb 2024\nIndicative Review DaP0\t\u202e \n\u202e customerte\n13 Feb 2029\nValidity\nCurrent\nStatus\nOriginal\nOriginating Organisation\nSkills for Justice\nOriginal URN\nSFJAA101\nRelevant Occupations\nCustody officers\nSuite\nCustodial care\nKeywords\ncustody; risk; safety\nSFJAA101 \nManage the safe custody of individuals\n3\n"],
      // A zero-width space after a misspelt label hid it: taken out, the line was a label and the line after it its value.
      ['a misspelt label with a zero-width space after it', 'Glossary\r\nFersiwn rhif\r\n\r\n\r\nRN: \r\ntatus\u200b \r\r\n customer \ufeff'],
      // "Geiriau allweddol" translated to "Keywords": the label before it no longer started the metadata block after the glossary.
      ['a metadata block after the glossary, its second label in the other language', 'Glossary\nOriginal URN: customer \u200b customer\nGeiriau allweddol: \u0000'],
      // Keywords ending in both separators: taking the last left the other dangling.
      ['keywords ending in a comma and a semicolon', 'Keywords: !,;'],
      // A first line one character over the title's length, counting a no-break space beside a space: one space, it was the title, and its stop was taken.
      ['a first line of about a title\'s greatest length, a no-break space beside a space in it', `Provide customer service\u00a0 ${'to customers '.repeat(17)}all.\nPerformance criteria\nYou must be able to:\n1. greet customers`],
    ];
    for (const [name, text, language] of found) it(name, () => assertFixesKeepText(text, { language, rules: ALL_RULES }));
  });
});
