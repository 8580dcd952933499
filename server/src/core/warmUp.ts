// A first analysis costs several times a later one: V8 compiles each function and
// regular expression the first time it runs, and the verb lexicon loads on first use.
// The server pays that at start-up, on a small draft of each language built from the
// catalogue, as written and with the defects real drafts carry, so that the first
// document a writer opens gets its findings at full speed. The drafts hold what real
// ones do: a URN, dates and the other values, glossary entries, and, in a second version
// of each, typographic apostrophes: V8 compiles a regular expression apart for text with a
// character beyond Latin-1 (’, ŵ), as most Welsh drafts have. The spelling rule reads the
// words with a lookup of the kind the documents will use, so that its call to the lookup
// is compiled for that kind (a call compiled for one kind alone is thrown away when it
// meets another); without one (the browser), with a dictionary that knows every word.

import { FIELDS, SECTIONS, type FieldId } from './catalogue';
import { createNosService, type NosService } from './service';
import type { Analysis } from './analyse';
import type { SpellingLookup } from './spelling/lookup';
import type { Lang } from './types';

interface Sample {
  title: string;
  item: string;
  /** A metadata field's value where `values` gives none. */
  value: string;
  /** A criterion in the third person, starting with a noun (in Welsh, with a missing mutation too). */
  slip: string;
  glossary: string[];
  values: Partial<Record<FieldId, string>>;
}

/** Words for the items and values; the catalogue gives the headings, lead-ins and labels. */
const SAMPLE: Record<Lang, Sample> = {
  en: {
    title: 'Check customer records',
    item: "check the customer's records with the team",
    value: '13 Feb 2024',
    slip: 'the candidate keeps records',
    glossary: ['Customer(s): the people the team serves', 'Records: what the team keeps'],
    values: {
      urn: 'CFACSC01', 'developed-by': 'Skills CFA', 'version-number': '1', 'indicative-review-date': '13 Feb 2029',
      validity: 'Current', status: 'Original', 'original-urn': 'CFA CSC01', 'soc-code': '7211', keywords: 'customer; records',
    },
  },
  cy: {
    title: 'Gwirio cofnodion cwsmeriaid',
    item: "gwirio cofnodion y cwsmer gyda'r tîm",
    value: '13 Chwef 2024',
    slip: 'yr ymgeisydd yn cofnodi i cwsmeriaid',
    glossary: ["Cwsmer(iaid): y bobl y mae'r tîm yn eu gwasanaethu", "Cofnodion: yr hyn y mae'r tîm yn ei gadw"],
    values: {
      urn: 'CFACSC01', 'developed-by': 'Skills CFA', 'version-number': '1', 'indicative-review-date': '13 Chwef 2029',
      validity: 'Ar hyn o bryd', status: 'Gwreiddiol', 'original-urn': 'CFA CSC01', 'soc-code': '7211', keywords: 'cwsmer; cofnodion',
    },
  },
};

/** A short draft in `lang` with every section, lead-in and metadata label of the catalogue. */
export function warmUpDraft(lang: Lang): string {
  const words = SAMPLE[lang];
  const lines = [words.title, ''];
  for (const spec of SECTIONS) {
    lines.push(spec.labels[lang][0]);
    if (spec.leadIns) lines.push(spec.leadIns[lang][0]);
    const items = spec.id === 'glossary' ? words.glossary : [`1. ${words.item}`, `2. ${words.item}.`];
    lines.push(items.join('\n'), '');
  }
  for (const spec of FIELDS) lines.push(`${spec.labels[lang][0]}: ${words.values[spec.id] ?? words.value}`);
  return lines.join('\n');
}

/**
 * The draft with the defects the sample drafts carry, for the rules' reports and fixes to
 * run: bullets for numbers, the other language's lead-in, a blank line inside an item, a
 * number skipped, a criterion in the third person starting with a noun (and in Welsh, a
 * missing mutation), stray bold, a no-break space after a number, a misspelt heading, a
 * heading in the other language, a section left empty, a title ending in a full stop,
 * template filler.
 */
export function messyDraft(lang: Lang): string {
  const other = lang === 'en' ? 'cy' : 'en';
  const [criteria, knowledge] = SECTIONS.filter((spec) => spec.leadIns);
  const [values, skills] = ['values', 'skills'].map((id) => SECTIONS.find((spec) => spec.id === id)!.labels);
  const { title, item, value, slip } = SAMPLE[lang];
  const split = item.lastIndexOf(' ');
  const heading = criteria.labels[lang][0];
  return warmUpDraft(lang)
    .replace(`${title}\n`, `${title}.\n`)
    .replace(`${heading}\n${criteria.leadIns![lang][0]}\n1. ${item}\n2. ${item}.\n`,
      `${heading.slice(0, -2)}${heading.slice(-1)}\n${criteria.leadIns![other][0]}\n1. ${item.slice(0, split)}\n\n${item.slice(split + 1)}\n3. ${slip}\n`)
    .replace(`${knowledge.leadIns![lang][0]}\n1. ${item}\n2. `, `${knowledge.leadIns![lang][0]}\n - ${item}\n2.\u00a0**`)
    .replace(`\n${values[lang][0]}\n`, `\n${values[other][0]}\n`)
    .replace(`\n${skills[lang][0]}\n1. ${item}\n2. ${item}.\n`, `\n${skills[lang][0]}\n`)
    .replace(value, 'DD Mon YYYY');
}

/** The warm-up drafts of a language: with the defects real drafts carry, and without. */
function draftsIn(lang: Lang): string[] {
  return [messyDraft(lang), warmUpDraft(lang)];
}

/** Every warm-up draft, as typed and as a word processor writes it, in each language. */
export function warmUpDrafts(): string[] {
  return (['en', 'cy'] as const).flatMap((lang) => draftsIn(lang).flatMap((text) => [text, typographic(text, lang)]));
}

const EVERY_WORD_KNOWN: SpellingLookup = { check: () => true, suggestions: () => [], resets: 0 };

/** Keystrokes on each draft: enough for V8 to optimise what every keystroke runs, a few milliseconds. */
const ROUNDS = 20;
/** On the typographic versions: a regular expression is compiled for such text after a run or two. */
const TYPOGRAPHIC_ROUNDS = 4;

/** Element sub-headings, as drafts that group their criteria and knowledge have them. */
const ELEMENT: Record<Lang, string> = { en: 'Working with customers', cy: 'Gweithio gyda chwsmeriaid' };

/**
 * A draft as a word processor writes it: typographic apostrophes, and an element
 * sub-heading after each lead-in, in either language, over the items.
 */
export function typographic(text: string, lang: Lang): string {
  let written = text.replaceAll("'", '’');
  for (const spec of SECTIONS) {
    for (const leadIn of [...(spec.leadIns?.en ?? []), ...(spec.leadIns?.cy ?? [])]) {
      const typed = leadIn.replaceAll("'", '’');
      written = written.replace(`\n${typed}\n`, `\n${typed}\n${ELEMENT[lang]}\n`);
    }
  }
  return written;
}

/** Opens each text in `service` and types in it; returns the first analysis of each. */
function openAndType(service: NosService, texts: string[], lang: Lang, rounds: number): Analysis[] {
  return texts.map((text) => {
    const first = service.analyse(text, { language: lang });
    const edited = `${text.slice(0, 40)}x${text.slice(40)}`;
    let analysis = first;
    for (let i = 0; i < rounds; i++) {
      analysis = service.analyse(i % 2 ? text : edited, { language: lang, previous: analysis });
      service.outline(analysis);
      service.hover(analysis, { line: 2, character: 1 });
    }
    return first;
  });
}

/**
 * Runs, in each language, what opening a document and typing in it ask of a service (one
 * of its own), with `lookup` or a dictionary that knows every word. Returns the analyses
 * of the drafts with defects, for an adapter to warm what it makes of them.
 */
export function warmUp(lookup: SpellingLookup = EVERY_WORD_KNOWN): Analysis[] {
  const messy: Analysis[] = [];
  for (const lang of ['en', 'cy'] as const) {
    const drafts = draftsIn(lang);
    messy.push(openAndType(createNosService({ spelling: lookup }), drafts, lang, ROUNDS)[0]);
    // On a service of their own: the first remembers the glossary's headwords, and would not read them again.
    openAndType(createNosService({ spelling: lookup }), drafts.map((text) => typographic(text, lang)), lang, TYPOGRAPHIC_ROUNDS);
  }
  return messy;
}
