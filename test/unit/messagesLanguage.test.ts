// `messages`: the language of everything shown about a document, apart from the
// language it is checked in. A Welsh reader of an English draft gets the same findings,
// fixes and edits as an English one, every text in Welsh; and the reverse.

import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { createNosService, fixAll, groupFix, RULES, ruleById, type Analysis, type Finding, type Lang } from '../../server/src/core';
import { FIXES } from '../../server/src/core/messages/features';
import type { MessageTable } from '../../server/src/core/messages/message';
import { layoutFixtures, ROOT, sample } from './helpers/fixtures';

/** An English draft with a finding of most rules. */
const DEFECTS_EN = readFileSync(path.join(ROOT, 'test', 'fixtures', 'messages', 'defects-en.nos.txt'), 'utf8');

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Every value, and its length, is a marker that becomes "anything" in the pattern. */
const HOLE = '\u0000';
const hole = { length: HOLE, toString: () => HOLE, [Symbol.toPrimitive]: () => HOLE };
const HOLES = new Proxy({}, { get: () => hole });

/** Each text of a message table in one language, as a pattern its values fill. */
function patterns(table: MessageTable, lang: Lang): RegExp[] {
  return Object.values(table).flatMap((entry): RegExp[] => {
    if (!('en' in entry && 'cy' in entry)) return patterns(entry as MessageTable, lang);
    const text = typeof entry[lang] === 'function' ? (entry[lang] as (v: unknown) => string)(HOLES) : (entry[lang] as string);
    return [new RegExp(`^${text.split(HOLE).map(escape).join('[\\s\\S]*')}$`)];
  });
}

/** Whether a text shown for a finding of `ruleId` is one of its rule's texts in `lang`. */
function inLanguage(ruleId: string, text: string, lang: Lang): boolean {
  const rule = ruleById(ruleId)!;
  const fixAllTitle = 'fixAllTitle' in rule ? rule.fixAllTitle : undefined;
  const texts = [...patterns(rule.messages, lang), ...(fixAllTitle ? [new RegExp(`^${escape(fixAllTitle[lang])}$`)] : [])];
  return texts.some((pattern) => pattern.test(text));
}

/** What a finding is, apart from its words: a different messages language changes none of it. */
const substance = (f: Finding) => ({ ruleId: f.ruleId, severity: f.severity, range: f.range, group: f.group?.key, fixes: f.fixes.map((x) => [x.edits, x.safe, x.cursor]) });

const drafts = [
  { name: 'defects-en', text: DEFECTS_EN },
  ...layoutFixtures().map((f) => ({ name: f.name, text: f.text })),
  ...['000', '001', '002', '003', '004'].map((n) => ({ name: `sample ${n}`, text: sample(n) })),
];

describe('messages language', () => {
  const service = createNosService();

  it('finds the same, with every message, fix title and group title in the language asked for', () => {
    let checked = 0;
    for (const { name, text } of drafts) {
      const own = service.analyse(text);
      const other: Lang = own.doc.language === 'cy' ? 'en' : 'cy';
      const crossed = service.analyse(text, { messages: other });
      assert.equal(crossed.doc.language, own.doc.language, name);
      assert.equal(crossed.messages, other);
      assert.deepEqual(crossed.findings.map(substance), own.findings.map(substance), name);
      for (const [index, finding] of crossed.findings.entries()) {
        const texts = [finding.message, ...finding.fixes.map((f) => f.title), ...(finding.group ? [finding.group.title] : [])];
        for (const shown of texts) {
          assert.ok(inLanguage(finding.ruleId, shown, other), `${name}: “${shown}” is not ${other}`);
          assert.ok(!inLanguage(finding.ruleId, shown, own.doc.language), `${name}: “${shown}” reads as ${own.doc.language}`);
        }
        assert.notEqual(finding.message, own.findings[index].message, name);
        checked++;
      }
    }
    assert.ok(checked > 80, `only ${checked} findings`);
  });

  it('covers most rules with the English draft', () => {
    const rules = new Set(service.analyse(DEFECTS_EN).findings.map((f) => f.ruleId));
    assert.ok(rules.size >= 14, [...rules].join(', '));
    assert.ok(RULES.length > rules.size);
  });

  it('says an English draft’s findings in Welsh, naming its parts as the document writes them', () => {
    const analysis = service.analyse(DEFECTS_EN, { messages: 'cy' });
    const messages = analysis.findings.map((f) => f.message);
    assert.ok(messages.includes('Mae\'r maes metadata “Original URN” ar goll.'), messages.join('\n'));
    assert.ok(messages.includes('Nid yw “Currnet” yn werth a ganiateir ar gyfer “Validity”: “Current” neu “Legacy”.'), messages.join('\n'));
    const numbering = analysis.findings.find((f) => f.ruleId === 'criteria-numbering')!;
    assert.equal(numbering.message, "Dylai'r maen prawf perfformiad a rifwyd yn 3 fod yn 2: mae'r meini prawf yn rhedeg o 1 i 2 drwy'r adran gyfan.");
    assert.deepEqual(numbering.fixes.map((f) => f.title), ['Newid 3 i 2']);
    assert.equal(groupFix(analysis, numbering.group!.key), null);
    // Without the misspelt heading (heading-typo's), the lead-in is left without one.
    const headless = service.analyse(DEFECTS_EN.replace('Performence criteria\n', ''), { messages: 'cy' });
    const heading = headless.findings.find((f) => f.ruleId === 'missing-section' && f.message.includes('pennawd'))!;
    assert.equal(heading.fixes[0].title, 'Mewnosod y pennawd “Performance criteria”');
    assert.equal(heading.fixes[0].edits[0].newText.trim(), 'Performance criteria');
    assert.equal(fixAll(analysis)!.title, FIXES.fixAll.cy);
  });

  it('says a Welsh draft’s findings in English', () => {
    const analysis = service.analyse(sample('001'), { messages: 'en' });
    assert.equal(analysis.doc.language, 'cy');
    const numbering = analysis.findings.find((f) => f.ruleId === 'criteria-numbering')!;
    assert.match(numbering.message, /^(Performance criterion|Knowledge item) numbered \d+ should be \d+/);
    assert.equal(fixAll(analysis)!.title, FIXES.fixAll.en);
  });

  it('re-uses nothing found in the other language: the same text, asked for in turn in each, gets each', () => {
    const uri = 'file:///draft.nos.txt';
    const inWelsh = service.document(uri, DEFECTS_EN, { messages: 'cy' }, 1);
    const inEnglish = service.document(uri, DEFECTS_EN + '\n', {}, 2);
    const again = service.document(uri, DEFECTS_EN, { messages: 'cy' }, 3);
    assert.ok(inWelsh.findings.every((f) => inLanguage(f.ruleId, f.message, 'cy')));
    for (const f of inEnglish.findings) assert.ok(inLanguage(f.ruleId, f.message, 'en'), f.message);
    assert.deepEqual(again.findings.map((f) => f.message), inWelsh.findings.map((f) => f.message));
    service.forget(uri);
  });

  describe('editor features', () => {
    const english = (messages?: Lang): Analysis => service.analyse(DEFECTS_EN, messages && { messages });
    const line = (text: string) => DEFECTS_EN.split('\n').findIndex((l) => l.startsWith(text));

    it('hover: explains in the language asked for, the document’s names and lead-in first', () => {
      const heading = service.hover(english('cy'), { line: line('Gwybodaeth a dealltwriaeth'), character: 2 })!;
      assert.equal(heading.markdown,
        '**Knowledge and understanding** · **Gwybodaeth a dealltwriaeth**\n\nBeth mae\'n rhaid i berson cymwys ei wybod: eitemau wedi\'u rhifo o 1 i n drwy\'r adran gyfan, pob un yn ymadrodd enwol. Adran ofynnol.\n\nCyflwyniad: “You need to know and understand:”');
      const item = service.hover(english('cy'), { line: line('3. understand'), character: 0 })!;
      assert.equal(item.markdown, 'Maen prawf perfformiad 2 o 2 (P2)\n\nWedi\'i rifo\'n 3 yma; dylai fod yn 2.');
      const date = service.hover(english('cy'), { line: line('Date approved'), character: 17 })!;
      assert.match(date.markdown, /^\*\*Date approved\*\* · \*\*Dyddiad cymeradwyo\*\*\n\nDyddiad fel 13 Chwef 2024 \(13 Feb 2024 yn Saesneg\)\.\n\nDarllenir fel 13 Chwef 2024\.$/);
      const welsh = service.analyse(sample('001'), { messages: 'en' });
      const k17 = service.hover(welsh, { line: 103, character: 2 })!;
      assert.equal(k17.markdown, 'Knowledge item 17 of 25 (K17)\n\nNumbered 1 here; it should be 17.\n\nUnder “Rheoli adborth cwsmeriaid”.');
      // What criteria start with is said for both languages: a verb-noun in Welsh.
      const criteria = welsh.doc.sections.find((s) => s.id === 'performance-criteria')!.heading!;
      assert.match(service.hover(welsh, criteria.range.start)!.markdown, /each starting with a verb \(a verb-noun in Welsh\)\./);
    });

    it('outline: labels the parts the document does not name in the language asked for', () => {
      const [root] = service.outline(service.analyse(sample('003'), { messages: 'en' }));
      assert.equal(root.name, '(no title)');
      const [untitled] = service.outline(service.analyse('Overview\nThis standard is about planning.\n', { messages: 'cy' }));
      assert.equal(untitled.name, '(dim teitl)');
      assert.equal(untitled.children[0].name, 'Overview');
    });

    it('completion: headings and labels in the document’s language, what they hold in the language asked for', () => {
      // The blank line after "Values", before the metadata block: the missing headings after it and the missing labels.
      const blank = DEFECTS_EN.split('\n').findIndex((l, i, all) => l === '' && all[i - 1] === 'Values');
      const items = service.completions(english('cy'), { line: blank, character: 0 })!.items;
      const glossary = items.find((i) => i.label === 'Glossary')!;
      assert.equal(glossary.detail, 'Geirfa');
      assert.match(glossary.documentation, /^Termau/);
      assert.equal(items.find((i) => i.label === 'Original URN')?.documentation, 'Yr URN y cyhoeddwyd y safon oddi tano gyntaf.');
      const urn = service.completions(english('cy'), { line: 1, character: 0 })!.items;
      assert.deepEqual(urn.map((i) => [i.label, i.detail, i.documentation]), [['URN', 'URN', "Y rhif cyfeirnod unigryw: rhagddodiad y datblygwr, y gyfres a'r rhif, e.e. LANAgM17."]]);
    });

    it('rename: says why not in the language asked for', () => {
      const refusal = service.prepareRename(english('cy'), { line: 0, character: 0 });
      assert.ok('refusal' in refusal && refusal.refusal.startsWith('Dim ond termau\'r eirfa'));
    });
  });
});
