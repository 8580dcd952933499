// Rule settings from any source (a .nosrc.json, editor settings): checked against the
// rule registry, so that unknown ids and values never reach the core, and layered.

import { RULES, isRuleId, ruleById, type Bilingual, type RuleSetting, type RuleSettings, type SeveritySetting } from '../core';
import { distance } from 'fastest-levenshtein';
import { bilingual } from '../core/messages/message';
import { CONFIG_MESSAGES, quoted } from './messages';

export const SEVERITY_SETTINGS: readonly SeveritySetting[] = ['error', 'warning', 'information', 'hint', 'off'];

/** Where in the checked value a problem is: a JSON path, and whether it is about a key. */
export interface SettingProblem {
  path: Array<string | number>;
  key?: boolean;
  message: Bilingual;
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isSeverity(value: unknown): value is SeveritySetting {
  return typeof value === 'string' && (SEVERITY_SETTINGS as readonly string[]).includes(value);
}

/** A rule's options as the registry describes them: name → JSON type. */
function optionTypes(ruleId: string): Record<string, string> {
  const types: Record<string, string> = {};
  for (const [name, spec] of Object.entries(ruleById(ruleId)?.options ?? {})) types[name] = (spec as { type: string }).type;
  return types;
}

function jsonType(value: unknown): string {
  return value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value;
}

function checkRuleSetting(id: string, value: unknown, path: Array<string | number>, problems: SettingProblem[]): RuleSetting | undefined {
  const types = optionTypes(id);
  const takesOptions = Object.keys(types).length > 0;
  const severityProblem = () => bilingual(takesOptions ? CONFIG_MESSAGES.severityOrOptions : CONFIG_MESSAGES.severity, { id, allowed: quoted(SEVERITY_SETTINGS) });
  if (isSeverity(value)) return value;
  // Only a rule with options takes an object (as the generated schema says).
  if (!isPlainObject(value) || !takesOptions) {
    problems.push({ path, message: severityProblem() });
    return undefined;
  }
  const setting: Record<string, unknown> = {};
  for (const [name, option] of Object.entries(value)) {
    if (name === 'severity') {
      if (isSeverity(option)) setting.severity = option;
      else problems.push({ path: [...path, name], message: severityProblem() });
    } else if (!Object.hasOwn(types, name)) {
      problems.push({ path: [...path, name], key: true, message: bilingual(CONFIG_MESSAGES.unknownOption, { id, name }) });
    } else if (jsonType(option) !== types[name]) {
      problems.push({ path: [...path, name], message: bilingual(CONFIG_MESSAGES.optionType, { id, name, type: types[name] }) });
    } else {
      setting[name] = option;
    }
  }
  return setting as RuleSetting;
}

const RULE_IDS = RULES.map((rule) => rule.id).sort();

/**
 * The rule a misspelt id most likely means: a few letters off ("stray-markp"), or every
 * word of it in one rule's id ("orphan-term"); null when none stands out.
 */
function meantRule(written: string): string | null {
  const key = written.toLowerCase();
  const close = RULE_IDS.filter((id) => distance(key, id) <= 3);
  const closest = Math.min(...close.map((id) => distance(key, id)));
  const nearest = close.filter((id) => distance(key, id) === closest);
  if (nearest.length === 1) return nearest[0];
  const words = key.split(/[-_\s]+/).filter(Boolean);
  const holding = words.length ? RULE_IDS.filter((id) => words.every((word) => id.split('-').includes(word))) : [];
  return holding.length === 1 ? holding[0] : null;
}

/**
 * The valid entries of a `rules` object, and a problem for each invalid one (which is
 * left out). `path` is where the object is, for the problems' paths.
 */
export function checkRuleSettings(value: unknown, name: string, path: Array<string | number>): { rules: RuleSettings; problems: SettingProblem[] } {
  const problems: SettingProblem[] = [];
  const rules: Record<string, RuleSetting> = {};
  if (!isPlainObject(value)) {
    problems.push({ path, message: bilingual(CONFIG_MESSAGES.notObject, { name }) });
    return { rules, problems };
  }
  for (const [id, setting] of Object.entries(value)) {
    if (!isRuleId(id)) {
      const meant = meantRule(id);
      const message = meant ? bilingual(CONFIG_MESSAGES.misspeltRule, { id, meant }) : bilingual(CONFIG_MESSAGES.unknownRule, { id, ids: quoted(RULE_IDS) });
      problems.push({ path: [...path, id], key: true, message });
      continue;
    }
    const checked = checkRuleSetting(id, setting, [...path, id], problems);
    if (checked !== undefined) rules[id] = checked;
  }
  return { rules: rules as RuleSettings, problems };
}

function asObject(setting: RuleSetting): { severity?: SeveritySetting } & Record<string, unknown> {
  return typeof setting === 'string' ? { severity: setting } : setting;
}

/**
 * Layers rule settings, later layers winning rule by rule: a severity given alone keeps
 * the options of an earlier layer, and options given alone keep its severity.
 */
export function mergeRuleSettings(layers: readonly RuleSettings[]): RuleSettings {
  const merged: Record<string, RuleSetting> = {};
  for (const layer of layers) {
    for (const [id, setting] of Object.entries(layer)) {
      if (setting === undefined) continue;
      const before = merged[id];
      merged[id] = before === undefined ? setting : { ...asObject(before), ...asObject(setting) };
    }
  }
  for (const [id, setting] of Object.entries(merged)) {
    // A bare severity again where no options are left.
    if (typeof setting === 'object' && Object.keys(setting).every((key) => key === 'severity') && setting.severity) merged[id] = setting.severity;
  }
  return merged as RuleSettings;
}
