// The rule registry. Adding a rule: write rules/<id>.ts and list it here.

import { criteriaNumbering } from './criteria-numbering';
import { emptyDocument } from './empty-document';
import { emptySection } from './empty-section';
import { missingSection } from './missing-section';
import { missingTitle } from './missing-title';
import { orphanGlossaryTerm } from './orphan-glossary-term';
import type { Rule } from './rule';

export const RULES: readonly Rule[] = [
  emptyDocument,
  missingTitle,
  missingSection,
  emptySection,
  criteriaNumbering,
  orphanGlossaryTerm,
];

const byId = new Map(RULES.map((rule) => [rule.id, rule]));

export function ruleById(id: string): Rule | undefined {
  return byId.get(id);
}
