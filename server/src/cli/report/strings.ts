// Every word of the quality report, in English and Welsh.

import type { Lang } from '../../core';

export const STRINGS = {
  title: { en: 'NOS quality report', cy: 'Adroddiad ansawdd SGC' },
  intro: {
    en: 'Findings of NOS Author for each standard checked, by rule and by severity.',
    cy: 'Canfyddiadau NOS Author ar gyfer pob safon a wiriwyd, fesul rheol a fesul difrifoldeb.',
  },
  standards: { en: 'Standards checked', cy: 'Safonau a wiriwyd' },
  unread: { en: 'Files not read', cy: 'Ffeiliau heb eu darllen' },
  error: { en: 'Errors', cy: 'Gwallau' },
  warning: { en: 'Warnings', cy: 'Rhybuddion' },
  information: { en: 'Information', cy: 'Gwybodaeth' },
  hint: { en: 'Hints', cy: 'Awgrymiadau' },
  findings: { en: 'Findings', cy: 'Canfyddiadau' },
  byRule: { en: 'Findings per rule', cy: 'Canfyddiadau fesul rheol' },
  byStandard: { en: 'Findings per standard', cy: 'Canfyddiadau fesul safon' },
  mostFindings: { en: 'The {n} standards with the most findings', cy: "Y {n} safon â'r nifer fwyaf o ganfyddiadau" },
  table: { en: 'Standards', cy: 'Safonau' },
  details: { en: 'Findings in each standard', cy: 'Canfyddiadau ym mhob safon' },
  urn: { en: 'URN', cy: 'URN' },
  name: { en: 'Title', cy: 'Teitl' },
  language: { en: 'Language', cy: 'Iaith' },
  criteria: { en: 'Criteria', cy: 'Meini prawf' },
  knowledge: { en: 'Knowledge items', cy: 'Eitemau gwybodaeth' },
  file: { en: 'File', cy: 'Ffeil' },
  line: { en: 'Line', cy: 'Llinell' },
  severity: { en: 'Severity', cy: 'Difrifoldeb' },
  rule: { en: 'Rule', cy: 'Rheol' },
  message: { en: 'Message', cy: 'Neges' },
  context: { en: 'Text', cy: 'Testun' },
  none: { en: 'No findings.', cy: 'Dim canfyddiadau.' },
  noTitle: { en: '(no title)', cy: '(dim teitl)' },
  back: { en: 'Back to the table', cy: "Yn ôl i'r tabl" },
  en: { en: 'English', cy: 'Saesneg' },
  cy: { en: 'Welsh', cy: 'Cymraeg' },
  severityError: { en: 'error', cy: 'gwall' },
  severityWarning: { en: 'warning', cy: 'rhybudd' },
  severityInformation: { en: 'information', cy: 'gwybodaeth' },
  severityHint: { en: 'hint', cy: 'awgrym' },
} satisfies Record<string, Record<Lang, string>>;

export type StringKey = keyof typeof STRINGS;

/** Severity names by LSP number (1 error … 4 hint). */
export const SEVERITY_KEYS: readonly StringKey[] = ['severityError', 'severityWarning', 'severityInformation', 'severityHint'];
/** Column headings of the four severities. */
export const SEVERITY_COLUMNS: readonly StringKey[] = ['error', 'warning', 'information', 'hint'];
export const SEVERITY_COLOURS = ['#c62828', '#ef8f00', '#1e88e5', '#9e9e9e'];
