// What writers paste into a draft, as fast-check arbitraries: Unicode soup with the
// characters that break text handling, huge inputs, and near-NOS documents built from
// the heading catalogue with random defects (missing, repeated and reordered sections,
// random numbering and labels, glossary terms with stray parentheses, footers).

import fc from 'fast-check';
import { FIELDS, RULES, SECTIONS, type AnalyseOptions, type SeveritySetting } from '../../server/src/core';
import { layoutFixtures, sample, sampleNames } from '../unit/helpers/fixtures';

/** Every line break LSP knows and some it does not, BOMs, lone and paired surrogates, NUL. */
const NASTY = [
  '\0', '\n', '\r', '\r\n', '\n\r', '\r\r\n', '\u2028', '\u2029', '\u0085', '\v', '\f',
  '\uFEFF', '\u00A0', '\t', '\u200B', '\u00AD', '\u0301', '\u202E',
  '\uD800', '\uDBFF', '\uDC00', '\uDFFF', '\uD83D\uDE00', '\uDE00\uD83D', '\uD83C\uDFF4\uDB40\uDC67',
];
/** Word and PDF residue, typography and Welsh letters. */
const RESIDUE = [
  '\u2019', '\u2018', '\u02BC', '\u00B4', '`', '\u201C', '\u201D', '\u2013', '\u2014', '\u2022', '\uF0B7', '\uFB01', '\u2026',
  '\u0175', '\u0177', '\u00E2', '\u0174', '\u00EF', '\u1E81', '(', ')', ':', '.', '*', '_', '#', '>', '/', '-',
];
const HEADINGS = SECTIONS.flatMap((s) => [...s.labels.en, ...s.labels.cy]);
const LEAD_INS = SECTIONS.flatMap((s) => (s.leadIns ? [...s.leadIns.en, ...s.leadIns.cy] : []));
const FIELD_LABELS = FIELDS.flatMap((f) => [...f.labels.en, ...f.labels.cy]);
const WORDS = [
  'customer', 'customers', 'Customer', 'cwsmer', 'gwsmeriaid', 'chwsmeriaid', 'nghwsmeriaid', 'awdurdod',
  'hawdurdod', 'identify', 'the', 'and', 'organisation\u2019s', "sefydliad's", 'a', '\u00E2', '\u0175yr', 'You', 'must',
  'Mae', 'eich', 'P1identify', 'SKAEAF2', 'URN', 'Page', '3', 'of', '7', 'Tudalen', 'o',
];

/** Every Unicode space (what \s matches, line breaks aside) and the invisible characters typed or pasted for one. */
const SPACES = [
  ...Array.from({ length: 0x10000 }, (_, code) => String.fromCharCode(code)).filter((c) => /\s/.test(c) && !/[\n\r\u2028\u2029]/.test(c)),
  '\u200B', '\u200C', '\u200D', '\u2060', '\u180E', '\u00AD',
];

const pick = (values: readonly string[]) => fc.constantFrom(...values);
const nasty = pick(NASTY);
/** Any UTF-16 code unit: lone surrogates, controls and unassigned ones included. */
const codeUnit = fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code));

/** Short strings of anything, biased to what breaks parsers. */
export const unicodeSoup: fc.Arbitrary<string> = fc
  .array(
    fc.oneof(
      nasty,
      pick(RESIDUE),
      codeUnit,
      fc.string({ unit: 'binary', maxLength: 6 }),
      pick([...HEADINGS, ...LEAD_INS, ...FIELD_LABELS, ...WORDS]),
      fc.integer({ min: 0, max: 1200 }).map((n) => `${n}. `),
    ),
    { maxLength: 80 },
  )
  .map((parts) => parts.join(''));

// Near-NOS documents. Each part is a list of lines; the document joins them.

const number = fc.oneof(fc.integer({ min: 0, max: 30 }), fc.integer({ min: 0, max: 1200 }));
/** Item labels in every style drafts use, and some they should not. */
const itemLabel = fc.oneof(
  number.map((n) => `${n}.`),
  number.map((n) => `${n})`),
  number.map(String),
  fc.tuple(pick(['P', 'K', 'p']), number).map(([letter, n]) => letter + n),
  pick(['-', '\u2013', '\u2022', '*', '\u25AA', '\u25E6', '\u00B7', '\uF0B7', 'a)', '(i)', '1.1', '01.']),
);
const indent = fc.oneof({ weight: 4, arbitrary: pick(['', '', '', ' ', '  ', '\t', '\u00A0', ' \u00A0']) }, pick(SPACES));
/** After a label: usually a space, sometimes nothing (PDF text glues "P1identify"), or any other space. */
const gap = fc.oneof({ weight: 4, arbitrary: pick([' ', ' ', ' ', '  ', '\t', '\u00A0', '\u00A0 ', '']) }, pick(SPACES));
const word = fc.oneof({ weight: 4, arbitrary: pick(WORDS) }, pick(RESIDUE), nasty, fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 8 }));
const prose = fc.array(word, { minLength: 1, maxLength: 10 }).map((words) => words.join(' '));
const trailing = pick(['', '', '', ' ', '\t', ':', '.', ' \u00A0']);
const casing = pick(['as is', 'upper', 'lower']);

function cased(text: string, how: string): string {
  return how === 'upper' ? text.toUpperCase() : how === 'lower' ? text.toLowerCase() : text;
}

/** A catalogue label as writers mark it up: "## Overview", "**Glossary**:", "OVERVIEW". */
function labelLine(labels: readonly string[]): fc.Arbitrary<string> {
  return fc
    .tuple(pick(labels), pick(['', '', '# ', '## ', '**', '_', '> ']), casing, trailing)
    .map(([label, markup, how, end]) => {
      const close = markup === '**' || markup === '_' ? markup : '';
      return markup + cased(label, how) + close + end;
    });
}

const itemLine = fc.tuple(indent, itemLabel, gap, prose).map((parts) => parts.join(''));
const blank = pick(['', '', ' ', '\t', '\u00A0']);
/** Text wrapped before a number, as PDF copies do: "24 hours of receiving it". */
const numberLed = fc.tuple(indent, number, gap, prose).map(([before, n, space, text]) => `${before}${n}${space}${text.toLowerCase()}`);
/** A long run of one character, alone or before something else: spaces then a digit, dashes, dots. */
const run = fc
  .tuple(pick([' ', '-', '.', '1', 'a', '\t', '\u2009', '*', '#']), fc.integer({ min: 1, max: 4000 }), pick(['', '1', 'a', '.', ':', ' x']))
  .map(([c, times, tail]) => c.repeat(times) + tail);
const bodyLine = fc.oneof(
  { weight: 5, arbitrary: itemLine },
  { weight: 2, arbitrary: blank },
  { weight: 2, arbitrary: prose },
  { weight: 1, arbitrary: prose.map((text) => text.toLowerCase()) },
  { weight: 1, arbitrary: prose.map((text) => `${text}:`) },
  { weight: 1, arbitrary: numberLed },
  { weight: 1, arbitrary: run },
);

/** Headwords with random, often broken, parentheses: "Cwsmer(iaid)", "Customer(s", "()". */
const bracketed = fc
  .tuple(
    pick(['Customer', 'Cwsmer', 'Awdurdod', 'Colleague', 'Cydweithiwr', 'Team member', 'Ŵyr', '']),
    fc.array(pick(['(', ')', 's', 'iaid', 'cydweithwyr', 'es', ' ', '(s)']), { maxLength: 5 }),
  )
  .map(([stem, parts]) => stem + parts.join(''));
/** Short words that mutate, joined by "/", "-", "." or "'": "P1/P2/…/P22", "cwsmer-pobl-tîm". */
const joined = fc
  .tuple(fc.array(pick(['P1', 'P2', 'b', 'cwsmer', 'pobl', 'tîm', 'llyfr', 'gwaith', 'Tacograff']), { minLength: 2, maxLength: 40 }), pick(['/', '-', '.', "'", '\u2019']))
  .map(([parts, join]) => parts.join(join));
const headword = fc.oneof({ weight: 3, arbitrary: bracketed }, joined);
/** A definition, sometimes wrapped over lines (PDF text), a line of it lower-case or in brackets. */
const definition = fc
  .array(fc.oneof(prose, prose.map((text) => text.toLowerCase()), prose.map((text) => `${text} (Source`)), { minLength: 1, maxLength: 4 })
  .map((lines) => lines.join('\n'));
const glossaryLines = fc
  .tuple(pick(['', '- ', '\u2022 ', '**']), headword, pick([': ', ':', ' - ', ' \u2013 ', ': **', '\n']), definition)
  .map(([lead, term, separator, text]) => (lead + term + separator + text).split('\n'));

const section = fc.oneof(
  fc.tuple(
    labelLine(HEADINGS),
    fc.option(labelLine(LEAD_INS)),
    fc.array(bodyLine, { maxLength: 14 }),
  ).map(([heading, leadIn, body]) => [heading, ...(leadIn === null ? [] : [leadIn]), ...body]),
  fc.tuple(labelLine(['Glossary', 'Geirfa']), fc.array(fc.oneof(glossaryLines, blank.map((b) => [b])), { maxLength: 8 }))
    .map(([heading, entries]) => [heading, ...entries.flat()]),
  // A section recognised from its lead-in alone.
  fc.tuple(labelLine(LEAD_INS), fc.array(itemLine, { maxLength: 6 })).map(([leadIn, items]) => [leadIn, ...items]),
);

const fieldValue = fc.oneof(prose, pick(['', 'SKAEAF2', '30 Maw 2021', '6211', 'Current']));
const fieldLines = fc
  .tuple(pick(FIELD_LABELS), fc.nat(), fc.boolean(), pick([': ', ':', ' ', '\n', '\n\n', '']), fieldValue)
  // A misspelt label drops one of its letters.
  .map(([label, at, misspelt, separator, value]) => {
    const written = misspelt ? label.slice(0, at % label.length) + label.slice((at % label.length) + 1) : label;
    return (written + separator + value).split('\n');
  });
const footer = fc
  .tuple(pick(['SKAEAF2', 'URN']), prose, fc.integer({ min: 1, max: 12 }))
  .map(([urn, title, page]) => `${urn} ${title} ${page} of 12`);

/** The parts of a draft before line breaks are chosen. */
const draftLines = fc
  .tuple(
    fc.option(prose),
    fc.option(pick(['SKAEAF2', 'URN: SKAEAF2', 'URN: ', 'LANAgM17'])),
    fc.array(fieldLines, { maxLength: 3 }),
    fc.array(section, { maxLength: 9 }),
    fc.array(fieldLines, { maxLength: 14 }),
    fc.array(fc.tuple(fc.nat(), footer), { maxLength: 2 }),
  )
  .map(([title, urn, header, sections, metadata, footers]) => {
    const lines = [...(title === null ? [] : [title]), ...(urn === null ? [] : [urn]), ...header.flat(), ...sections.flat(), ...metadata.flat()];
    for (const [at, text] of footers) lines.splice(at % (lines.length + 1), 0, text);
    return lines;
  });

/** Line breaks: one style for the document, a few lines with another. */
const breaks = fc.tuple(pick(['\n', '\n', '\r\n', '\r']), fc.array(fc.tuple(fc.nat(), pick(['\n', '\r\n', '\r'])), { maxLength: 3 }));

export const nearNos: fc.Arbitrary<string> = fc
  .tuple(draftLines, breaks, fc.boolean(), pick(['', '', '\n', '\r\n']))
  .map(([lines, [eol, odd], bom, end]) => {
    const eols = lines.map(() => eol);
    for (const [at, other] of odd) if (eols.length) eols[at % eols.length] = other;
    const text = lines.map((line, i) => line + (i < lines.length - 1 ? eols[i] : '')).join('');
    return (bom ? '\uFEFF' : '') + text + end;
  });

/** A huge input, kept as its recipe so that a counter-example prints short. */
export interface Huge {
  head: string;
  unit: string;
  times: number;
  tail: string;
}

export const hugeText = (huge: Huge): string => huge.head + huge.unit.repeat(huge.times) + huge.tail;

/** Nothing, soup or a draft: around a huge run, so that it lands in any part of a draft. */
const edge = fc.oneof(fc.constant(''), unicodeSoup, nearNos);

/**
 * Inputs far larger than drafts: a line of about 1 MB, 100,000 (nearly) empty lines, or
 * about 500 KB of one line of a draft repeated (60,000 headings, a criterion with 25,000
 * double-spaced continuation lines): enough for a quadratic pass to hang, while a draft
 * with a finding on every line still takes only seconds.
 */
export const huge: fc.Arbitrary<Huge> = fc.oneof(
  fc.record({ head: edge, unit: fc.tuple(fc.oneof(bodyLine, labelLine(HEADINGS), glossaryLines.map((l) => l.join('\n'))), pick(['\n', '\n\n', '\r\n'])).map(([line, eol]) => line + eol), tail: edge })
    .map((parts) => ({ ...parts, times: Math.ceil(500_000 / parts.unit.length) })),
  fc.record({ head: edge, unit: fc.oneof(nasty, pick(WORDS), fc.string({ unit: 'binary', minLength: 1, maxLength: 4 })), tail: edge })
    .map((parts) => ({ ...parts, times: Math.ceil(1_000_000 / parts.unit.length) })),
  fc.record({ head: edge, unit: pick(['\n', '\r\n', '\r', '\n\r', ' \n', '\t\r\n']), tail: edge })
    .map((parts) => ({ ...parts, times: 100_000 })),
);

/** What typing inserts: nothing, a character, a line break, a label, a line of a draft. */
const typed: fc.Arbitrary<string> = fc.oneof(
  fc.constant(''),
  nasty,
  pick(RESIDUE),
  fc.string({ unit: 'binary', minLength: 1, maxLength: 2 }),
  itemLabel,
  fc.tuple(fc.oneof(itemLine, labelLine([...HEADINGS, ...LEAD_INS, ...FIELD_LABELS])), pick(['', '\n', '\n', '\r\n'])).map(([line, eol]) => line + eol),
);

/** What typing and pasting insert: mostly typing, now and then a whole draft or a long run of one character. */
export const insertions: fc.Arbitrary<string> = fc.oneof({ weight: 2000, arbitrary: typed }, fc.oneof(nearNos, run));

/** Half a document: a near-NOS draft cut anywhere, even inside a CRLF or a surrogate pair. */
export const cutNos: fc.Arbitrary<string> = fc
  .tuple(nearNos, fc.nat(), fc.nat())
  .map(([text, a, b]) => {
    const cuts = [a % (text.length + 1), b % (text.length + 1)].sort((x, y) => x - y);
    return text.slice(cuts[0], cuts[1]);
  });

/** An edit: `length` characters at `at` (folded onto the text's length) replaced by `text`. */
export interface Splice {
  at: number;
  length: number;
  text: string;
}

export function splice(text: string, edit: Splice): string {
  const start = edit.at % (text.length + 1);
  return text.slice(0, start) + edit.text + text.slice(start + edit.length);
}

/** Splices that mostly replace nothing or a few characters, as typing does. */
export const splices = (maxLength: number, text: fc.Arbitrary<string>): fc.Arbitrary<Splice> =>
  fc.record({ at: fc.nat(), length: fc.oneof(fc.constant(0), fc.nat({ max: 3 }), fc.nat({ max: maxLength })), text });

const REAL = [...sampleNames().map((name) => sample(name.slice(0, 3))), ...layoutFixtures().map((fixture) => fixture.text)];

/** A real draft with a few splices: text cut out and replaced by soup, labels or headings. */
export const splicedDraft: fc.Arbitrary<string> = fc
  .tuple(pick(REAL), fc.array(splices(300, fc.oneof(unicodeSoup, itemLine, labelLine(HEADINGS), fc.constant(''))), { maxLength: 5 }))
  .map(([draft, edits]) => edits.reduce(splice, draft));

/** Any of the small inputs: soup, built drafts, cut drafts and spliced real drafts. */
export const anyText: fc.Arbitrary<string> = fc.oneof(unicodeSoup, { weight: 3, arbitrary: nearNos }, cutNos, splicedDraft);

/** Analysis options: language override and rule severities, including "off". */
export const analyseOptions: fc.Arbitrary<AnalyseOptions> = fc.record(
  {
    language: fc.constantFrom('auto', 'en', 'cy'),
    messages: fc.constantFrom('en', 'cy'),
    rules: fc.dictionary(pick(RULES.map((rule) => rule.id)), fc.constantFrom<SeveritySetting>('error', 'warning', 'information', 'hint', 'off')),
  },
  { requiredKeys: [] },
);
