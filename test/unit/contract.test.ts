// The rule contract and the service: what each rule declares, findings remembered
// with a section only while everything they depend on is the same, and caches that
// two documents share without evicting each other's.

import * as assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createNosService, oversize, RULES, ruleDocsPath, Severity, type Finding } from '../../server/src/core';
import { DiagnosticEncoder } from '../../server/src/shared/diagnostic';
import { ROOT, sample } from './helpers/fixtures';
import { CLEAN } from './helpers/mutation';

const plain = (findings: Finding[]) => JSON.parse(JSON.stringify(findings)) as unknown;

describe('rule contract', () => {
  it('gives every rule an id, S-numbers, a severity, fixability, a description in both languages and a docs page', () => {
    const ids = new Set<string>();
    for (const rule of RULES) {
      assert.match(rule.id, /^[a-z]+(-[a-z]+)*$/);
      assert.ok(!ids.has(rule.id), `${rule.id} twice`);
      ids.add(rule.id);
      for (const s of rule.covers) assert.match(s, /^S([1-9]|[12]\d)$/, rule.id);
      assert.ok(Object.values(Severity).includes(rule.defaultSeverity), rule.id);
      assert.ok(['safe', 'manual', false].includes(rule.fixable), rule.id);
      assert.ok(rule.description.en.length > 10 && rule.description.cy.length > 10, rule.id);
      const checks = rule as { check?: unknown; checkSection?: unknown; checkField?: unknown; checkText?: unknown };
      assert.ok(checks.check || checks.checkSection || checks.checkField || checks.checkText, `${rule.id} checks nothing`);
      assert.ok(existsSync(path.join(ROOT, ruleDocsPath(rule.id))), `${rule.id} has no page`);
    }
  });

  it('links findings to their rule pages as file URIs', () => {
    const encoder = new DiagnosticEncoder(`${pathToFileURL(ROOT).href}/`);
    for (const finding of createNosService().analyse(sample('001')).findings) {
      assert.equal(fileURLToPath(encoder.encode(finding).codeDescription!.href), path.join(ROOT, ruleDocsPath(finding.ruleId)));
    }
  });

  it('keeps a remembered section finding only while its removal edit still holds', () => {
    // "Values" is empty and ends the text; its removal takes the blank lines before it.
    const lines = ['Plan work', 'URN: X1', 'Overview', 'About planning.', 'Performance criteria', '1. plan',
      'Knowledge and understanding', '1. how', '', '', 'Values'];
    const service = createNosService();
    const before = service.analyse(lines.join('\n'));
    // Text typed on a blank line before it: same line count, so "Values" is re-used as it was.
    const typed = [...lines.slice(0, 8), 'more about knowing', '', 'Values'].join('\n');
    const after = service.analyse(typed, { previous: before });
    assert.equal(after.doc.sections.at(-1), before.doc.sections.at(-1), 'the section object is re-used');
    const fresh = createNosService().analyse(typed).findings;
    assert.deepEqual(plain(after.findings), plain(fresh));
    const removal = fresh.find((f) => f.ruleId === 'empty-section')!.fixes[0].edits[0];
    assert.equal(removal.range.start.line, 8, 'the typed line stays');
  });

  it('ignores a severity it does not know, keeping the rule\'s own (settings layers report it)', () => {
    const text = sample('001');
    const bogus = createNosService().analyse(text, { rules: { 'criteria-numbering': 'loud' as never } });
    assert.deepEqual(plain(bogus.findings), plain(createNosService().analyse(text).findings));
  });

  it('remembers findings under the rule setting they were found with', () => {
    const service = createNosService();
    const text = sample('001');
    const first = service.analyse(text);
    const hinted = service.analyse(text, { previous: first, rules: { 'criteria-numbering': 'hint' } });
    assert.ok(hinted.findings.filter((f) => f.ruleId === 'criteria-numbering').every((f) => f.severity === Severity.Hint));
    const again = service.analyse(text, { previous: hinted });
    assert.deepEqual(plain(again.findings), plain(first.findings));
  });
});

describe('service', () => {
  it('holds an analysis per open document: two documents do not evict each other', () => {
    const service = createNosService();
    const a = service.document('file:///a.nos', sample('000'), {}, 0);
    const b = service.document('file:///b.nos', sample('001'), {}, 0);
    assert.equal(service.document('file:///a.nos', sample('000'), {}, 0), a);
    assert.equal(service.document('file:///b.nos', sample('001'), {}, 0), b);
  });

  it('analyses new text under an unchanged key afresh, and new settings too', () => {
    const service = createNosService();
    const a = service.document('file:///a.nos', sample('000'), {}, 0);
    const changed = service.document('file:///a.nos', sample('002'), {}, 0);
    assert.notEqual(changed, a);
    assert.deepEqual(plain(changed.findings), plain(createNosService().analyse(sample('002')).findings));
    const off = service.document('file:///a.nos', sample('002'), { rules: { 'missing-section': 'off' } }, 1);
    assert.ok(off.findings.every((f) => f.ruleId !== 'missing-section'));
  });

  it('keeps the result id while the findings stay the same', () => {
    const service = createNosService();
    const text = sample('001');
    const first = service.document('file:///a.nos', text, {}, 0);
    // A second space between two words of the overview changes no finding (a trailing space on a heading would).
    const spaced = service.document('file:///a.nos', text.replace("Mae'r safon yma'n ymwneud", "Mae'r safon yma'n  ymwneud"), {}, 0);
    assert.equal(spaced.resultId, first.resultId);
    // Analysed again under new settings (a dictionary's answers, say) that change no finding.
    const again = service.document('file:///a.nos', text, {}, 1);
    assert.notEqual(again, first);
    assert.equal(again.resultId, first.resultId);
    const other = service.document('file:///a.nos', text, { messages: 'en' }, 2);
    assert.notEqual(other.resultId, first.resultId);
  });

  it('keeps the result id when only a fix changes, not a diagnostic', () => {
    const service = createNosService();
    // Knowledge (lines 9-13 of the clean text) moved above the criteria, which section-order moves back with their text.
    const lines = [...CLEAN.en.slice(0, 4), ...CLEAN.en.slice(9), ...CLEAN.en.slice(4, 9), 'Developed by', 'Skills CFA'];
    const move = (entry: { findings: Finding[] }) => entry.findings.find((f) => f.ruleId === 'section-order')!.fixes[0].edits;
    const first = service.document('file:///a.nos', lines.join('\n'), {}, 0);
    // A word typed in a criterion of the misplaced section: the move carries the new text.
    const typed = service.document('file:///a.nos', lines.map((line, i) => (i === 11 ? `${line} kindly` : line)).join('\n'), {}, 0);
    assert.notDeepEqual(move(typed), move(first));
    assert.deepEqual(typed.findings.map((f) => [f.ruleId, f.message, f.range]), first.findings.map((f) => [f.ruleId, f.message, f.range]));
    assert.equal(typed.resultId, first.resultId);
    // A word typed in the heading of the misplaced section changes its diagnostic's message.
    const renamed = service.document('file:///a.nos', lines.map((line, i) => (i === 9 ? `${line}x` : line)).join('\n'), {}, 0);
    assert.notEqual(renamed.resultId, first.resultId);
  });

  it('gives the glossary uses of each document to its hovers, with two glossaries in turn', () => {
    const service = createNosService();
    const welsh = service.analyse(sample('001'));
    const other = service.analyse(sample('000'));
    for (const analysis of [welsh, other, welsh]) {
      const entry = analysis.doc.glossary[0];
      const hover = service.hover(analysis, entry.termRange.start)!;
      assert.match(hover.markdown, new RegExp(`^\\*\\*${entry.term.replace(/[()]/g, '\\$&')}\\*\\*`));
    }
  });
});

describe('file-too-large', () => {
  it('is silent within the limit', () => {
    assert.equal(oversize(10, { maxCharacters: 10 }), null);
  });

  it('says so over the limit, in both languages when none is set', () => {
    const [finding] = oversize(6_000_000)!;
    assert.equal(finding.ruleId, 'file-too-large');
    assert.equal(finding.severity, Severity.Information);
    assert.match(finding.message, /6,000,000 characters.*5,000,000.*Mae gan y ddogfen hon 6,000,000 o nodau/);
  });

  it('speaks the language set, takes a severity and can be turned off (the text is still not analysed)', () => {
    const [welsh] = oversize(11, { maxCharacters: 10, language: 'cy', rules: { 'file-too-large': 'warning' } })!;
    assert.equal(welsh.severity, Severity.Warning);
    assert.match(welsh.message, /^Mae gan y ddogfen hon 11 o nodau, dros y terfyn nos\.maxFileSize o 10/);
    assert.deepEqual(oversize(11, { maxCharacters: 10, rules: { 'file-too-large': 'off' } }), []);
  });
});
