// Every rule, from the registry, in the format's order (by the first S-number each
// covers, so findings at one place come in that order), and lookup by id.

import type { SuiteRule } from '../suite/types';
import * as registry from './registry';
import type { Rule } from './rule';

type Registered = (typeof registry)[keyof typeof registry];

/** The id of every rule: settings and findings name rules only by these. */
export type RuleId = Registered['id'];

/** A document rule of the registry, whatever its options. */
export type DocumentRule = Rule<RuleId, any>;
/** A suite rule of the registry (server/src/core/suite/), whatever its options. */
export type AnySuiteRule = SuiteRule<RuleId, any>;
/** A rule of either kind: what settings, docs and `nos rules` read. */
export type AnyRule = DocumentRule | AnySuiteRule;

export function isSuiteRule(rule: AnyRule): rule is AnySuiteRule {
  return 'suite' in rule && rule.suite === true;
}

/** S8 → 8; rules covering no S-number come last. */
const formatOrder = (rule: AnyRule) => (rule.covers.length ? Number(rule.covers[0].slice(1)) : Infinity);

export const RULES: readonly AnyRule[] = (Object.values(registry) as AnyRule[])
  .sort((a, b) => formatOrder(a) - formatOrder(b) || (a.id < b.id ? -1 : 1));

/** The rules the analysis of one document runs. */
export const DOCUMENT_RULES: readonly DocumentRule[] = RULES.filter((rule): rule is DocumentRule => !isSuiteRule(rule));
/** The rules run over a whole suite of documents. */
export const SUITE_RULES: readonly AnySuiteRule[] = RULES.filter(isSuiteRule);

const byId = new Map<string, AnyRule>(RULES.map((rule) => [rule.id, rule]));

export function ruleById(id: string): AnyRule | undefined {
  return byId.get(id);
}

export function isRuleId(id: string): id is RuleId {
  return byId.has(id);
}

/** Where a rule's page is, relative to the package root (adapters make it a URI). */
export function ruleDocsPath(id: RuleId): string {
  return `docs/rules/${id}.md`;
}
