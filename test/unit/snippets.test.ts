// The snippets are static JSON; these tests hold their labels to the catalogue and,
// where the analyser is available, check that an expanded skeleton is a clean NOS.

import { strict as assert } from 'assert';
import { readFileSync } from 'fs';
import { join } from 'path';
import { FIELDS, SECTIONS } from '../../server/src/core/catalogue';

const ROOT = join(__dirname, '..', '..');
const SNIPPETS = join(ROOT, 'snippets', 'nos.code-snippets');

type Lang = 'en' | 'cy';

interface Snippet {
  prefix: string | string[];
  body: string | string[];
  description: string;
  scope?: string;
}

/** The minimal shape of the analyser this test relies on. */
interface Analysis {
  doc: { language: Lang; title: unknown; sections: { id: string }[]; fields: { id: string }[] };
  findings: { ruleId: string; message: string; range: { start: { line: number } } }[];
}
type Analyse = (text: string, options?: object) => Analysis;

const snippets: Record<string, Snippet> = JSON.parse(readFileSync(SNIPPETS, 'utf8'));
const SKELETONS: Record<Lang, string> = { en: 'NOS skeleton (English)', cy: 'Sgerbwd SGC (Cymraeg)' };
const METADATA: Record<Lang, string> = { en: 'Metadata block (English)', cy: 'Bloc metadata (Cymraeg)' };
/** Sections of the current format: the template's grouping heading is not one of them. */
const CURRENT = SECTIONS.filter((s) => !s.artefact);

/** Welsh snippets are named in Welsh. */
const WELSH = /^(?:Sgerbwd|Adran:|Bloc|Maen prawf|Eitem|Cofnod)/;
/** English words a Welsh snippet must not hold (its prefixes' "nos" is the language id). */
const ENGLISH_WORDS = new Set(('the and of with in section overview performance criteria criterion knowledge understanding scope range ' +
  'values behaviours skills glossary links external item skeleton entry numbered mon yyyy starting verb what who').split(' '));

const bodyText = (snippet: Snippet) => (Array.isArray(snippet.body) ? snippet.body.join('\n') : snippet.body);

/** What a writer gets by accepting every default: `${1:text}` → text, `${1|a,b|}` → a, `$1` → nothing. */
function expand(body: string): string {
  let text = body;
  for (let previous = ''; previous !== text; ) {
    previous = text;
    text = text.replace(/\$\{\d+:([^${}]*)\}/g, '$1').replace(/\$\{\d+\|([^,|]*)[^|]*\|\}/g, '$1');
  }
  return text.replace(/\$\{\d+\}|\$\d+/g, '').replace(/\\([$}\\])/g, '$1');
}

const expandedLines = (name: string) => expand(bodyText(snippets[name])).split('\n');

/** Line numbers where each label stands alone, in document order; -1 when missing. */
function positions(lines: string[], labels: string[]): number[] {
  return labels.map((label) => lines.indexOf(label));
}

describe('snippets (snippets/nos.code-snippets)', () => {
  it('every snippet has a prefix, a body and a description for language nos', () => {
    const names = Object.keys(snippets);
    assert.ok(names.length >= 30, `${names.length} snippets`);
    for (const name of names) {
      const { prefix, body, description, scope } = snippets[name];
      const prefixes = Array.isArray(prefix) ? prefix : [prefix];
      assert.ok(prefixes.length > 0 && prefixes.every((p) => /^nos-[a-z-]+$/.test(p)), `${name}: prefix ${prefix}`);
      assert.ok(bodyText(snippets[name]).trim() !== '', `${name}: body`);
      assert.ok(Array.isArray(body), `${name}: body is a list of lines`);
      assert.ok(typeof description === 'string' && description.trim() !== '' && !description.includes(' / '), `${name}: a description in its own language`);
      assert.equal(scope, 'nos', `${name}: scope`);
    }
  });

  it('uses well-formed tab stops: no stray "$", each number once except mirrors, at most one $0', () => {
    for (const [name, snippet] of Object.entries(snippets)) {
      const body = bodyText(snippet);
      const stops = [...body.matchAll(/\$(?:(\d+)|\{(\d+)[:|}])/g)].map((m) => Number(m[1] ?? m[2]));
      assert.ok(stops.filter((n) => n === 0).length <= 1, `${name}: $0`);
      const numbered = [...new Set(stops.filter((n) => n > 0))].sort((a, b) => a - b);
      assert.deepEqual(numbered, numbered.map((_, i) => i + 1), `${name}: tab stops 1..n`);
      assert.ok(!/\$(?![{\d])/.test(body.replace(/\\\$/g, '')), `${name}: unescaped $`);
      assert.ok(!expand(body).includes('${'), `${name}: expands fully`);
    }
  });

  it('spells every section and metadata name as a label of the catalogue', () => {
    for (const spec of [...SECTIONS, ...FIELDS]) {
      const labels = [...spec.labels.en, ...spec.labels.cy];
      for (const lang of ['en', 'cy'] as const) {
        assert.ok(labels.includes(spec.name[lang]), `${spec.id}: name.${lang} "${spec.name[lang]}" is one of its labels`);
      }
    }
  });

  for (const lang of ['en', 'cy'] as const) {
    const other: Lang = lang === 'en' ? 'cy' : 'en';

    describe(`${SKELETONS[lang]}`, () => {
      const lines = expandedLines(SKELETONS[lang]);

      it('starts with the title, then the URN', () => {
        assert.ok(lines[0].trim() !== '' && !lines[0].includes(':'), `title line: ${lines[0]}`);
        assert.match(lines[1], /^URN: \S+$/);
      });

      it('has every section heading of its language, alone on a line, in catalogue order', () => {
        const found = positions(lines, CURRENT.map((s) => s.name[lang]));
        CURRENT.forEach((s, i) => assert.ok(found[i] >= 0, `heading "${s.name[lang]}"`));
        assert.deepEqual(found, [...found].sort((a, b) => a - b), 'catalogue order');
      });

      it('has the lead-in of its language on the first line after each heading that has one', () => {
        for (const section of CURRENT) {
          if (!section.leadIns) continue;
          const heading = lines.indexOf(section.name[lang]);
          const next = lines.slice(heading + 1).find((l) => l.trim() !== '');
          assert.equal(next, section.leadIns[lang][0], `lead-in of ${section.id}`);
        }
      });

      it('numbers the criteria and knowledge items from 1', () => {
        for (const id of ['performance-criteria', 'knowledge-understanding']) {
          const start = lines.indexOf(CURRENT.find((s) => s.id === id)!.name[lang]);
          const items = lines.slice(start + 1).filter((l) => /^\d+\. /.test(l));
          assert.ok(items.length >= 2, id);
          assert.deepEqual(items.slice(0, 3).map((l) => parseInt(l, 10)), [1, 2, 3].slice(0, Math.min(3, items.length)));
        }
      });

      it('has a "Term(s): definition" glossary entry', () => {
        const glossary = lines.indexOf(CURRENT.find((s) => s.id === 'glossary')!.name[lang]);
        const entry = lines.slice(glossary + 1).find((l) => l.trim() !== '');
        assert.match(entry ?? '', /^\p{L}+\(\p{L}+\): \S/u);
      });

      it('ends with every metadata field: label alone on its line, value on the next', () => {
        for (const field of FIELDS.filter((f) => f.id !== 'urn')) {
          const at = lines.indexOf(field.name[lang]);
          assert.ok(at > 0, `field "${field.name[lang]}"`);
          const value = lines.slice(at + 1).find((l) => l.trim() !== '');
          assert.ok(value && !FIELDS.some((f) => f.name[lang] === value), `value of "${field.name[lang]}"`);
        }
        for (const id of ['date-approved', 'indicative-review-date']) {
          const at = lines.indexOf(FIELDS.find((f) => f.id === id)!.name[lang]);
          assert.equal(lines[at + 2], lang === 'en' ? 'DD Mon YYYY' : 'DD Mis BBBB', `${id} placeholder`);
        }
      });

      it(`has no heading or lead-in spelt only in ${other === 'en' ? 'English' : 'Welsh'}`, () => {
        const own = new Set(
          CURRENT.flatMap((s) => [...s.labels[lang], ...(s.leadIns?.[lang] ?? [])]).map((l) => l.toLowerCase()),
        );
        const foreign = CURRENT.flatMap((s) => [...s.labels[other], ...(s.leadIns?.[other] ?? [])])
          .map((l) => l.toLowerCase())
          .filter((l) => !own.has(l));
        for (const line of lines) assert.ok(!foreign.includes(line.toLowerCase()), `foreign label "${line}"`);
      });
    });

    it(`the ${lang === 'en' ? 'English' : 'Welsh'} metadata block matches the skeleton's`, () => {
      const block = expandedLines(METADATA[lang]);
      const skeleton = expandedLines(SKELETONS[lang]);
      assert.deepEqual(skeleton.slice(skeleton.length - block.length), block);
    });

    it(`has a ${lang === 'en' ? 'English' : 'Welsh'} snippet for every section: heading, then its lead-in`, () => {
      for (const section of CURRENT) {
        const matches = Object.entries(snippets).filter(([name, s]) => {
          const lines = expand(bodyText(s)).split('\n');
          return !Object.values(SKELETONS).includes(name) && lines[0] === section.name[lang];
        });
        assert.equal(matches.length, 1, `snippet for ${section.id} (${lang})`);
        const [name, snippet] = matches[0];
        const content = expand(bodyText(snippet)).split('\n').filter((l) => l.trim() !== '');
        if (section.leadIns) assert.equal(content[1], section.leadIns[lang][0], `${name}: lead-in`);
        assert.equal(WELSH.test(name), lang === 'cy', `${name}: named in its language`);
      }
    });
  }

  it('gives the Welsh snippets Welsh prefixes, descriptions and placeholders, with no English word in them', () => {
    const welsh = Object.entries(snippets).filter(([name]) => WELSH.test(name));
    assert.ok(welsh.length >= 16, `${welsh.length} Welsh snippets`);
    for (const [name, snippet] of welsh) {
      const prefixes = Array.isArray(snippet.prefix) ? snippet.prefix : [snippet.prefix];
      const text = [...prefixes, snippet.description, bodyText(snippet)].join(' ').toLowerCase();
      const words = text.split(/[^\p{L}]+/u).filter(Boolean);
      for (const word of words) assert.ok(!ENGLISH_WORDS.has(word), `${name}: English word "${word}"`);
    }
  });

  it('has criterion, knowledge and glossary entry snippets', () => {
    const bodies = Object.values(snippets).map((s) => expand(bodyText(s)));
    assert.ok(bodies.filter((b) => /^1\. \S/.test(b) && !b.includes('\n')).length >= 2, 'two one-line items');
    assert.ok(bodies.some((b) => /^\p{L}+\(\p{L}+\): \S+$/u.test(b)), 'glossary entry');
  });

  describe('expanded skeletons through the analyser', () => {
    let analyse: Analyse | null = null;

    before(function () {
      // require, not import(): tests run as CommonJS, and a missing or broken analyser
      // should skip these checks rather than fail the snippet tests above.
      try {
        ({ analyse } = require(join(ROOT, 'server', 'src', 'core')) as { analyse: Analyse });
      } catch (error) {
        console.warn(`analyser not importable, skipping: ${(error as Error).message}`);
        this.skip();
      }
    });

    for (const lang of ['en', 'cy'] as const) {
      it(`${SKELETONS[lang]}: every section in catalogue order, language ${lang}, no structural findings`, () => {
        const text = expand(bodyText(snippets[SKELETONS[lang]]));
        const { doc, findings } = analyse!(text);
        assert.equal(doc.language, lang);
        assert.ok(doc.title, 'title');
        assert.deepEqual(doc.sections.map((s) => s.id), CURRENT.map((s) => s.id));
        assert.deepEqual(
          [...new Set(doc.fields.map((f) => f.id))].sort(),
          FIELDS.map((f) => f.id).sort(),
          'every field',
        );
        const structural = findings.filter((f) => ['missing-section', 'missing-title', 'criteria-numbering'].includes(f.ruleId));
        assert.deepEqual(structural.map((f) => `${f.ruleId} line ${f.range.start.line + 1}: ${f.message}`), []);
      });
    }
  });
});
