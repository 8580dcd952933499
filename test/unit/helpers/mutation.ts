// Mutation tests: clean text, the same text with one defect injected, and the check
// that the rule reports the defect and that its fix gives the clean text back.

import * as assert from 'node:assert/strict';
import { analyse, applyEdits, type AnalyseOptions, type Finding, type Lang } from '../../../server/src/core';

/** A short clean NOS in each language: the base the mutation tests inject defects into. */
export const CLEAN: Record<Lang, string[]> = {
  en: [
    'Provide customer service',
    'URN: CFACSB1',
    'Overview',
    'This standard is about providing customer service to customers.',
    'Performance criteria',
    'You must be able to:',
    'Greet customers',
    '1. greet customers politely',
    '2. listen to customer requests carefully',
    'Knowledge and understanding',
    'You need to know and understand:',
    'Greet customers',
    '1. how to greet customers',
    '2. why listening matters to customers',
  ],
  cy: [
    'Darparu gwasanaeth i gwsmeriaid',
    'URN: CFACSB1',
    'Trosolwg',
    "Mae'r safon hon yn ymwneud â darparu gwasanaeth i gwsmeriaid.",
    'Meini prawf perfformiad',
    "Mae'n rhaid eich bod chi'n gallu:",
    'Cyfarch cwsmeriaid',
    '1. cyfarch cwsmeriaid yn gwrtais',
    '2. gwrando ar geisiadau cwsmeriaid yn ofalus',
    'Gwybodaeth a dealltwriaeth',
    'Mae angen i chi wybod a deall:',
    'Cyfarch cwsmeriaid',
    '1. sut i gyfarch cwsmeriaid',
    '2. pam mae gwrando ar gwsmeriaid yn bwysig',
  ],
};

export const LANGS: Lang[] = ['en', 'cy'];

export function findingsOf(ruleId: string, text: string, options?: AnalyseOptions): Finding[] {
  return analyse(text, options).findings.filter((f) => f.ruleId === ruleId);
}

export interface Mutation {
  rule: string;
  clean: string;
  dirty: string;
  /** Zero-based line the finding starts on. */
  line: number;
  /** The message, or a pattern it matches. */
  message?: string | RegExp;
  /** Which fix of the finding gives the clean text back (the first by default). */
  fix?: number;
  safe?: boolean;
  options?: AnalyseOptions;
}

/** The rule is silent on the clean text, reports the defect, and its fix restores the text. */
export function assertMutation(m: Mutation): Finding {
  assert.deepEqual(findingsOf(m.rule, m.clean, m.options).map((f) => f.message), [], 'the clean text has findings');
  const findings = findingsOf(m.rule, m.dirty, m.options);
  const finding = findings.find((f) => f.range.start.line === m.line);
  assert.ok(finding, `no ${m.rule} finding on line ${m.line}: ${JSON.stringify(findings.map((f) => [f.range.start.line, f.message]))}`);
  if (typeof m.message === 'string') assert.equal(finding.message, m.message);
  else if (m.message) assert.match(finding.message, m.message);
  const fix = finding.fixes[m.fix ?? 0];
  assert.ok(fix, 'the finding has no fix');
  if (m.safe !== undefined) assert.equal(fix.safe, m.safe, `the fix is${m.safe ? ' not' : ''} safe`);
  assert.equal(applyEdits(m.dirty, fix.edits), m.clean);
  return finding;
}

/** `lines` with line `index` replaced by `text` (or removed when text is null). */
export function withLine(lines: string[], index: number, text: string | null): string {
  const copy = [...lines];
  if (text === null) copy.splice(index, 1);
  else copy[index] = text;
  return copy.join('\n');
}
