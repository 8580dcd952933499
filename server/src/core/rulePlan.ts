// The rules that run under one set of settings, in registry order, split by what they
// check. The service keeps one plan per settings and language: a keystroke, or each file
// of a folder checked under one configuration, finds its plan made.

import { DOCUMENT_RULES, type DocumentRule } from './rules';
import { resolveSetting, type ResolvedSetting, type RuleSettings } from './ruleSettings';
import type { Lang } from './types';

export interface PlannedRule {
  rule: DocumentRule;
  setting: ResolvedSetting;
  /** Orders findings at one position: by rule, then document, section and field checks. */
  rank: number;
}

export interface Plan {
  /** Names the settings and language that the findings remembered on parts were found under. */
  key: string;
  document: PlannedRule[];
  section: PlannedRule[];
  field: PlannedRule[];
}

export function makePlan(settings: RuleSettings, language: Lang, flattened: boolean): Plan {
  const plan: Plan = { key: `${language}|${flattened}`, document: [], section: [], field: [] };
  DOCUMENT_RULES.forEach((rule, index) => {
    const setting = resolveSetting(rule, settings[rule.id]);
    if (setting.severity === null || (flattened && rule.physicalLinesOnly)) return;
    plan.key += `|${rule.id}:${setting.key}`;
    if (rule.check) plan.document.push({ rule, setting, rank: 3 * index });
    if (rule.checkSection) plan.section.push({ rule, setting, rank: 3 * index + 1 });
    if (rule.checkField) plan.field.push({ rule, setting, rank: 3 * index + 2 });
  });
  return plan;
}

/** Plans by settings object, and by what the settings say for objects not seen before. */
export class Plans {
  private readonly bySettings = new WeakMap<RuleSettings, Map<string, Plan>>();
  private readonly byContent = new Map<string, Plan>();

  get(settings: RuleSettings = {}, language: Lang, flattened: boolean): Plan {
    let forSettings = this.bySettings.get(settings);
    if (!forSettings) this.bySettings.set(settings, (forSettings = new Map()));
    const name = `${language}|${flattened}`;
    let plan = forSettings.get(name);
    if (!plan) {
      const content = `${name}|${JSON.stringify(settings)}`;
      plan = this.byContent.get(content);
      if (!plan) {
        // Settings are few: a bound only guards against a client sending new ones forever.
        if (this.byContent.size >= 100) this.byContent.clear();
        plan = makePlan(settings, language, flattened);
        this.byContent.set(content, plan);
      }
      forSettings.set(name, plan);
    }
    return plan;
  }
}
