// The TextMate grammar is hand-written; these tests tie it to the catalogue so that a
// label added or respelt there fails here until the grammar follows.

import { strict as assert } from 'assert';
import { readdirSync, readFileSync } from 'fs';
import { join } from 'path';
import * as oniguruma from 'vscode-oniguruma';
import { INITIAL, parseRawGrammar, Registry, type IGrammar, type StateStack } from 'vscode-textmate';
import { FIELDS, SECTIONS } from '../../server/src/core/catalogue';

const ROOT = join(__dirname, '..', '..');
const GRAMMAR = join(ROOT, 'syntaxes', 'nos.tmLanguage.json');
const SAMPLES = join(ROOT, 'samples');

interface Token {
  text: string;
  start: number;
  scopes: string[];
}

let grammar: IGrammar;

async function loadGrammar(): Promise<IGrammar> {
  const wasm = readFileSync(join(ROOT, 'node_modules', 'vscode-oniguruma', 'release', 'onig.wasm'));
  await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
  const registry = new Registry({
    onigLib: Promise.resolve({
      createOnigScanner: (sources) => new oniguruma.OnigScanner(sources),
      createOnigString: (text) => new oniguruma.OnigString(text),
    }),
    loadGrammar: async (scopeName) =>
      scopeName === 'text.nos' ? parseRawGrammar(readFileSync(GRAMMAR, 'utf8'), GRAMMAR) : null,
  });
  const loaded = await registry.loadGrammar('text.nos');
  assert.ok(loaded, 'grammar text.nos loads');
  return loaded;
}

/** Tokens of each line, the state carried from line to line as in the editor. */
function tokenise(lines: string[]): Token[][] {
  let state: StateStack = INITIAL;
  return lines.map((line) => {
    const result = grammar.tokenizeLine(line, state);
    state = result.ruleStack;
    return result.tokens.map((t) => ({ text: line.slice(t.startIndex, t.endIndex), start: t.startIndex, scopes: t.scopes }));
  });
}

/** Tokens of the last line, after the context lines before it. */
function line(text: string, ...context: string[]): Token[] {
  return tokenise([...context, text]).at(-1)!;
}

/** The text of the first run of adjacent tokens carrying `scope`; null if none does. */
function textOf(tokens: Token[], scope: string): string | null {
  const first = tokens.findIndex((t) => t.scopes.includes(scope));
  if (first < 0) return null;
  let text = '';
  for (let i = first; i < tokens.length && tokens[i].scopes.includes(scope); i++) text += tokens[i].text;
  return text;
}

function has(tokens: Token[], scope: string): boolean {
  return tokens.some((t) => t.scopes.includes(scope));
}

function describeLine(tokens: Token[]): string {
  return tokens.map((t) => `${JSON.stringify(t.text)} ${t.scopes.slice(1).join(' ')}`).join('\n');
}

const HEADING = 'markup.heading.nos';
const SECTION_NAME = 'entity.name.section.nos';
const LEAD_IN = 'markup.italic.lead-in.nos';
const FIELD_LABEL = 'support.type.property-name.metadata-label.nos';
const FIELD_VALUE = 'string.unquoted.metadata-value.nos';
const NUMBERED = 'markup.list.numbered.nos';
const UNNUMBERED = 'markup.list.unnumbered.nos';
const ITEM_LABEL = 'punctuation.definition.list.begin.nos';
const ITEM_NUMBER = 'constant.numeric.item-number.nos';
const TERM = 'entity.name.tag.glossary-term.nos';
const PLURAL = 'meta.plural-marker.nos';

const headingLabels = SECTIONS.flatMap((s) => [...s.labels.en, ...s.labels.cy]);
const leadInLabels = SECTIONS.flatMap((s) => (s.leadIns ? [...s.leadIns.en, ...s.leadIns.cy] : []));
const fieldLabels = FIELDS.flatMap((f) => [...f.labels.en, ...f.labels.cy]);

function expectHeading(text: string, label: string): void {
  const tokens = line(text);
  const where = `${JSON.stringify(text)}:\n${describeLine(tokens)}`;
  assert.ok(tokens.every((t) => t.scopes.includes(HEADING)), `whole line is a heading: ${where}`);
  assert.equal(textOf(tokens, SECTION_NAME), label, `section name of ${where}`);
}

function expectNoHeading(text: string, ...context: string[]): void {
  const tokens = line(text, ...context);
  assert.ok(!has(tokens, HEADING), `not a heading: ${JSON.stringify(text)}:\n${describeLine(tokens)}`);
}

function expectField(text: string, label: string, value: string | null): void {
  const tokens = line(text);
  const where = `${JSON.stringify(text)}:\n${describeLine(tokens)}`;
  assert.equal(textOf(tokens, FIELD_LABEL), label, `label of ${where}`);
  assert.equal(textOf(tokens, FIELD_VALUE), value, `value of ${where}`);
  assert.ok(!has(tokens, HEADING), `field is not a heading: ${where}`);
}

function expectItem(text: string, label: string, number: string | null): void {
  const tokens = line(text);
  const where = `${JSON.stringify(text)}:\n${describeLine(tokens)}`;
  assert.ok(tokens.every((t) => t.scopes.includes(number === null ? UNNUMBERED : NUMBERED)), `list line: ${where}`);
  assert.equal(textOf(tokens, ITEM_LABEL), label, `item label of ${where}`);
  assert.equal(textOf(tokens, ITEM_NUMBER), number, `item number of ${where}`);
}

describe('TextMate grammar (syntaxes/nos.tmLanguage.json)', () => {
  before(async () => {
    grammar = await loadGrammar();
  });

  it('has the scope name text.nos', () => {
    assert.equal(JSON.parse(readFileSync(GRAMMAR, 'utf8')).scopeName, 'text.nos');
  });

  describe('section headings: every catalogue label, both languages', () => {
    for (const label of headingLabels) {
      it(label, () => {
        expectHeading(label, label);
        expectHeading(label.toUpperCase(), label.toUpperCase());
        expectHeading(label.toLowerCase(), label.toLowerCase());
        expectHeading(`## ${label}`, label);
        expectHeading(`# ${label}:`, label);
        expectHeading(`**${label}**`, label);
        expectHeading(`**${label}:**`, label);
        expectHeading(`**${label}**:`, label);
        expectHeading(`${label}:`, label);
        expectHeading(`${label} \t`, label);
        expectHeading(label.replace(/ /g, '\u00a0'), label.replace(/ /g, '\u00a0'));
      });
    }

    it('tolerates spaces around "/" (Scope / range)', () => {
      expectHeading('Scope / range', 'Scope / range');
      expectHeading('Cwmpas / Ystod', 'Cwmpas / Ystod');
    });

    it('matches the web copy spelling "Dolenni I NOS Eraill"', () => {
      expectHeading('Dolenni I NOS Eraill', 'Dolenni I NOS Eraill');
      expectHeading('Cysylltiadau â NOS eraill', 'Cysylltiadau â NOS eraill');
    });

    it('does not take a sentence that starts with a heading word for a heading', () => {
      expectNoHeading('Skills are important here');
      expectNoHeading('Overview of the task');
      expectNoHeading('Knowledge and understanding of the law');
      expectNoHeading('Geirfa a ddefnyddir yn y safon hon');
      expectNoHeading('The Overview');
    });

    it('does not take item text for a heading', () => {
      expectNoHeading('1. Overview');
      expectNoHeading('- Skills');
      expectNoHeading('P3 Values');
      expectNoHeading('  2. Gwerthoedd');
    });
  });

  describe('lead-ins: every catalogue lead-in, both languages', () => {
    for (const label of leadInLabels) {
      it(label, () => {
        for (const text of [label, label.replace(/'/g, '\u2019'), `*${label}*`, `**${label}**`, `${label}  `]) {
          const tokens = line(text);
          const expected = text.replace(/^\*+|[*\s]+$/g, '');
          assert.equal(textOf(tokens, LEAD_IN), expected, `${JSON.stringify(text)}:\n${describeLine(tokens)}`);
          assert.ok(!has(tokens, HEADING));
        }
        const bare = label.replace(/:$/, '');
        assert.equal(textOf(line(bare), LEAD_IN), bare, 'without the colon');
      });
    }

    it('does not take a sentence that starts like a lead-in for one', () => {
      assert.ok(!has(line('You must be able to explain the rules'), LEAD_IN));
      assert.ok(!has(line('Mae angen i chi wybod a deall y gofynion'), LEAD_IN));
    });
  });

  describe('metadata labels: every catalogue field label, both languages', () => {
    for (const label of fieldLabels) {
      it(label, () => {
        expectField(label, label, null);
        expectField(`${label}:`, label, null);
        expectField(`${label}: 30 Maw 2021`, label, '30 Maw 2021');
        expectField(`${label} Ar hyn o bryd`, label, 'Ar hyn o bryd');
        expectField(`${label.toUpperCase()}: X1`, label.toUpperCase(), 'X1');
        expectField(`**${label}:** SkillsActive`, label, 'SkillsActive');
      });
    }

    it('prefers the longer label ("URN gwreiddiol" over "URN")', () => {
      expectField('URN gwreiddiol SKAEAF2', 'URN gwreiddiol', 'SKAEAF2');
      expectField('Original URN: CfA CC13', 'Original URN', 'CfA CC13');
    });

    it('needs the label to end at a word boundary', () => {
      assert.ok(!has(line('Suites of standards for retail'), FIELD_LABEL));
      assert.ok(!has(line('Statuses change'), FIELD_LABEL));
    });
  });

  describe('item labels', () => {
    const cases: [string, string, string | null][] = [
      ['1. text', '1.', '1'],
      ['  1. text', '1.', '1'],
      ['12) text', '12)', '12'],
      ['1.\u00a0 text', '1.', '1'],
      ['1.\u00a0text', '1.', '1'],
      ['P12 text', 'P12', '12'],
      ['K3 text', 'K3', '3'],
      ['P1. text', 'P1.', '1'],
      ['P1identify customers', 'P1', '1'],
      ['3.agree a time', '3.', '3'],
      ['3)agree a time', '3)', '3'],
      ['- text', '-', null],
      [' - text', '-', null],
      ['– text', '–', null],
      ['• text', '•', null],
      ['* text', '*', null],
      ['1000. text', '1000.', '1000'],
      ['P1000 text', 'P1000', '1000'],
      ['2.\u2009text', '2.', '2'],
      ['2.\u3000text', '2.', '2'],
      ['2.\u200btext', '2.', '2'],
      ['\u2002-\u202ftext', '-', null],
    ];
    for (const [text, label, number] of cases) {
      it(JSON.stringify(text), () => expectItem(text, label, number));
    }

    it('does not take a number that starts a sentence for a label', () => {
      for (const text of ['2021 was a good year', '1.5 metres', '12 customers', '-text', 'Pa fath o gwsmer']) {
        const tokens = line(text);
        assert.ok(!has(tokens, NUMBERED) && !has(tokens, UNNUMBERED), `${JSON.stringify(text)}:\n${describeLine(tokens)}`);
      }
    });
  });

  describe('glossary headwords', () => {
    it('scopes a headword with a plural marker anywhere', () => {
      for (const [text, term, marker] of [
        ['Cwsmer(iaid): mewnol, allanol', 'Cwsmer(iaid)', '(iaid)'],
        ['Customer(s): internal, external', 'Customer(s)', '(s)'],
        ['Cydweithiwr(cydweithwyr): parhaol, dros dro', 'Cydweithiwr(cydweithwyr)', '(cydweithwyr)'],
        ['**Customer(s)**: people who buy', 'Customer(s)', '(s)'],
      ]) {
        const tokens = line(text);
        assert.equal(textOf(tokens, TERM), term, `${JSON.stringify(text)}:\n${describeLine(tokens)}`);
        assert.equal(textOf(tokens, PLURAL), marker);
      }
    });

    it('scopes any short "Term: definition" headword inside the glossary only', () => {
      const entry = 'Sefydliad: y cwmni yr ydych yn gyrru drosto';
      assert.equal(textOf(line(entry, 'Geirfa'), TERM), 'Sefydliad');
      assert.equal(textOf(line(entry, 'Glossary', 'Customer(s): people', ''), TERM), 'Sefydliad');
      assert.equal(textOf(line(entry), TERM), null, 'outside the glossary');
      assert.equal(textOf(line(entry, 'Geirfa', 'Values'), TERM), null, 'after the glossary');
      assert.equal(textOf(line('https://www.ukstandards.org.uk', 'Glossary'), TERM), null, 'a web address');
    });

    it('does not take a parenthesis in a sentence for a plural marker', () => {
      assert.equal(textOf(line('Mae gan y safon yma 2 brif ddeilliant (gweler isod): un, dau'), TERM), null);
    });
  });

  describe('inline markup', () => {
    it('scopes **bold** and *italic*', () => {
      assert.equal(textOf(line('gan **weithio** o fewn'), 'markup.bold.nos'), '**weithio**');
      assert.equal(textOf(line("Ymgysylltu â*'r cwsmeriaid*"), 'markup.italic.nos'), "*'r cwsmeriaid*");
      assert.equal(textOf(line('1. *italic* item'), 'markup.italic.nos'), '*italic*');
    });

    it('leaves a stray ** alone', () => {
      assert.ok(!has(line('goblygiadau cyfathrebu gwael **'), 'markup.bold.nos'));
    });
  });

  describe('sample drafts', () => {
    const files = readdirSync(SAMPLES).filter((f) => f.endsWith('.nos.txt')).sort();
    const read = (name: string) => readFileSync(join(SAMPLES, name), 'utf8').split(/\r?\n/);

    it('finds the five samples', () => assert.equal(files.length, 5));

    for (const file of files) {
      it(`tokenises every line of ${file}`, () => {
        const lines = read(file);
        const tokens = tokenise(lines);
        tokens.forEach((t, i) => assert.ok(t.length > 0 || lines[i] === '', `line ${i + 1}`));
        assert.ok(tokens.some((t) => has(t, HEADING)), 'has headings');
      });
    }

    const tokenised = new Map<string, { lines: string[]; tokens: Token[][] }>();
    /** Tokens of the first line of a sample that starts with `start`. */
    function sampleLine(file: string, start: string): Token[] {
      const name = files.find((f) => f.startsWith(file))!;
      if (!tokenised.has(name)) {
        const lines = read(name);
        tokenised.set(name, { lines, tokens: tokenise(lines) });
      }
      const { lines, tokens } = tokenised.get(name)!;
      const index = lines.findIndex((l) => l.startsWith(start));
      assert.ok(index >= 0, `${name} has a line starting ${JSON.stringify(start)}`);
      return tokens[index];
    }

    it('draft 001: headings, lead-ins, items and metadata', () => {
      assert.equal(textOf(sampleLine('001', 'Meini prawf perfformiad'), SECTION_NAME), 'Meini prawf perfformiad');
      assert.equal(textOf(sampleLine('001', 'Gwybodaeth a Dealltwriaeth'), SECTION_NAME), 'Gwybodaeth a Dealltwriaeth');
      assert.equal(textOf(sampleLine('001', 'Dolenni I NOS Eraill'), SECTION_NAME), 'Dolenni I NOS Eraill');
      assert.equal(textOf(sampleLine('001', 'Cwmpas Perfformiad'), SECTION_NAME), 'Cwmpas Perfformiad');
      assert.equal(textOf(sampleLine('001', "Mae'n rhaid eich bod"), LEAD_IN), "Mae'n rhaid eich bod chi'n gallu:");
      assert.equal(textOf(sampleLine('001', 'You need to know'), LEAD_IN), 'You need to know and understand:');

      const first = sampleLine('001', '1.\u00a0cyfleu');
      assert.equal(textOf(first, ITEM_LABEL), '1.');
      assert.ok(first.every((t) => t.scopes.includes(NUMBERED)));
      assert.equal(textOf(sampleLine('001', '  1. bod yn y man'), ITEM_LABEL), '1.');
      assert.equal(textOf(sampleLine('001', '17.\u00a0cymryd'), ITEM_NUMBER), '17');

      assert.equal(textOf(sampleLine('001', 'Fersiwn rhif'), FIELD_LABEL), 'Fersiwn rhif');
      const urn = sampleLine('001', 'URN: SKAEAF2');
      assert.equal(textOf(urn, FIELD_LABEL), 'URN');
      assert.equal(textOf(urn, FIELD_VALUE), 'SKAEAF2');
      const suites = sampleLine('001', 'Sectorau Busnes (Suites)');
      assert.equal(textOf(suites, FIELD_LABEL), 'Sectorau Busnes (Suites)');
      assert.equal(textOf(suites, FIELD_VALUE), 'Ymarfer Corff a Ffitrwydd');
      assert.equal(textOf(sampleLine('001', 'Cymeradwy ar'), FIELD_VALUE), '30 Maw 2021');
      assert.equal(textOf(sampleLine('001', 'Geiriau Allweddol'), FIELD_LABEL), 'Geiriau Allweddol');

      // An element sub-heading and the title are plain text.
      assert.ok(!has(sampleLine('001', 'Rheoli adborth cwsmeriaid'), HEADING));
      assert.ok(sampleLine('001', 'Datblygu a chynnal').every((t) => t.scopes.length === 1));
      assert.equal(textOf(sampleLine('001', 'Ymgysylltu â*'), 'markup.italic.nos'), "*'r cwsmeriaid*");
    });

    it('draft 000: bullets and glossary entries', () => {
      assert.equal(textOf(sampleLine('000', '- cynnal eich'), ITEM_LABEL), '-');
      assert.equal(textOf(sampleLine('000', 'Cwsmer(iaid)'), TERM), 'Cwsmer(iaid)');
      assert.equal(textOf(sampleLine('000', 'Gofynion cyfreithiol'), TERM), 'Gofynion cyfreithiol a sefydliadol');
      assert.equal(textOf(sampleLine('000', 'Sefydliad:'), TERM), 'Sefydliad');
    });

    it('draft 003: Welsh lead-ins and "Label value" metadata', () => {
      assert.equal(textOf(sampleLine('003', 'Rhaid i chi allu'), LEAD_IN), 'Rhaid i chi allu:');
      assert.equal(textOf(sampleLine('003', 'Mae angen i chi'), LEAD_IN), 'Mae angen i chi wybod a deall:');
      const validity = sampleLine('003', 'Dilysrwydd');
      assert.equal(textOf(validity, FIELD_LABEL), 'Dilysrwydd');
      assert.equal(textOf(validity, FIELD_VALUE), 'Ar hyn o bryd');
      assert.equal(textOf(sampleLine('003', 'RCU gwreiddiol'), FIELD_VALUE), 'CfA CC13');
      assert.equal(textOf(sampleLine('003', '27. dilyn'), ITEM_LABEL), '27.');
      assert.ok(!has(sampleLine('003', 'cymhwysedd neu awdurdod'), NUMBERED), 'a broken line is text');
    });
  });
});
