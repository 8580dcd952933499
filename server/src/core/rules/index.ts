// The rule registry. Adding a rule: write rules/<id>.ts and list it here.

import { brokenItem } from './broken-item';
import { criteriaNumbering } from './criteria-numbering';
import { emptySection } from './empty-section';
import { headingTypo } from './heading-typo';
import { invisibleCharacter } from './invisible-character';
import { itemPunctuation } from './item-punctuation';
import { leadIn } from './lead-in';
import { missingSection } from './missing-section';
import { missingTitle } from './missing-title';
import { mixedLanguage } from './mixed-language';
import { orphanGlossaryTerm } from './orphan-glossary-term';
import { pageNoise } from './page-noise';
import type { Rule } from './rule';
import { sectionOrderRule } from './section-order';
import { strayMarkup } from './stray-markup';
import { subheadingMismatch } from './subheading-mismatch';
import { unnumberedItem } from './unnumbered-item';
import { welshMutation } from './welsh-mutation';

export const RULES: readonly Rule[] = [
  missingTitle,
  missingSection,
  emptySection,
  criteriaNumbering,
  orphanGlossaryTerm,
  leadIn,
  unnumberedItem,
  strayMarkup,
  invisibleCharacter,
  brokenItem,
  headingTypo,
  mixedLanguage,
  subheadingMismatch,
  itemPunctuation,
  welshMutation,
  sectionOrderRule,
  pageNoise,
];

const byId = new Map(RULES.map((rule) => [rule.id, rule]));

export function ruleById(id: string): Rule | undefined {
  return byId.get(id);
}
