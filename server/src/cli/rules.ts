// `nos rules`: the rules, their format rules, default severity, fixes and description.

import { RULES, type AnyRule, type Fixable, type Lang } from '../core';
import { SEVERITY_WORDS } from './formats/text';
import { write } from './output';

export const RULES_FORMATS = ['text', 'json'] as const;

export interface RulesOptions {
  format: (typeof RULES_FORMATS)[number];
  lang: Lang;
}

interface RuleJson {
  id: string;
  covers: string[];
  defaultSeverity: string;
  fixable: Fixable;
  description: string;
}

function ruleJson(rule: AnyRule, lang: Lang): RuleJson {
  return {
    id: rule.id,
    covers: [...rule.covers],
    defaultSeverity: SEVERITY_WORDS[rule.defaultSeverity],
    fixable: rule.fixable,
    description: rule.description[lang],
  };
}

/** Columns padded to their widest entry, the description last. */
function table(rows: string[][]): string {
  const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => row[column].length)));
  return rows.map((row) => row.map((cell, column) => (column < row.length - 1 ? cell.padEnd(widths[column]) : cell)).join('  ').trimEnd() + '\n').join('');
}

export async function rules(options: RulesOptions): Promise<number> {
  const entries = RULES.map((rule) => ruleJson(rule, options.lang));
  if (options.format === 'json') {
    await write(JSON.stringify(entries, null, 2) + '\n');
  } else {
    await write(table(entries.map((rule) => [rule.id, rule.covers.join(','), rule.defaultSeverity, rule.fixable || '-', rule.description])));
  }
  return 0;
}
