// Rule settings from any source (a .nosrc.json, editor settings): checked against the
// rule registry, so that unknown ids and values never reach the core, and layered.

import { RULES, ruleById, type Bilingual, type SeveritySetting } from '../core';
import { CONFIG_MESSAGES } from './messages';

/** A severity, or an object with an optional severity and the rule's options. */
export type RuleSetting = SeveritySetting | ({ severity?: SeveritySetting } & Record<string, unknown>);
export type RuleSettings = Partial<Record<string, RuleSetting>>;

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
function optionTypes(ruleId: string): Record<string, string | undefined> {
  const options = (ruleById(ruleId) as { options?: Record<string, unknown> } | undefined)?.options;
  if (!isPlainObject(options)) return {};
  const properties = isPlainObject(options.properties) ? options.properties : options;
  const types: Record<string, string | undefined> = {};
  for (const [name, spec] of Object.entries(properties)) {
    types[name] = isPlainObject(spec) && typeof spec.type === 'string' ? spec.type : undefined;
  }
  return types;
}

function jsonType(value: unknown): string {
  return value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value;
}

function checkRuleSetting(id: string, value: unknown, path: Array<string | number>, problems: SettingProblem[]): RuleSetting | undefined {
  if (isSeverity(value)) return value;
  if (!isPlainObject(value)) {
    problems.push({ path, message: CONFIG_MESSAGES.severity(id, SEVERITY_SETTINGS) });
    return undefined;
  }
  const types = optionTypes(id);
  const setting: Record<string, unknown> = {};
  for (const [name, option] of Object.entries(value)) {
    if (name === 'severity') {
      if (isSeverity(option)) setting.severity = option;
      else problems.push({ path: [...path, name], message: CONFIG_MESSAGES.severity(id, SEVERITY_SETTINGS) });
    } else if (!Object.hasOwn(types, name)) {
      problems.push({ path: [...path, name], key: true, message: CONFIG_MESSAGES.unknownOption(id, name) });
    } else if (types[name] && jsonType(option) !== types[name] && !(types[name] === 'integer' && Number.isInteger(option))) {
      problems.push({ path: [...path, name], message: CONFIG_MESSAGES.optionType(id, name, types[name]) });
    } else {
      setting[name] = option;
    }
  }
  return setting as RuleSetting;
}

/**
 * The valid entries of a `rules` object, and a problem for each invalid one (which is
 * left out). `path` is where the object is, for the problems' paths.
 */
export function checkRuleSettings(value: unknown, name: string, path: Array<string | number>): { rules: RuleSettings; problems: SettingProblem[] } {
  const problems: SettingProblem[] = [];
  const rules: RuleSettings = {};
  if (!isPlainObject(value)) {
    problems.push({ path, message: CONFIG_MESSAGES.notObject(name) });
    return { rules, problems };
  }
  for (const [id, setting] of Object.entries(value)) {
    if (!ruleById(id)) {
      problems.push({ path: [...path, id], key: true, message: CONFIG_MESSAGES.unknownRule(id, RULES.map((rule) => rule.id)) });
      continue;
    }
    const checked = checkRuleSetting(id, setting, [...path, id], problems);
    if (checked !== undefined) rules[id] = checked;
  }
  return { rules, problems };
}

function asObject(setting: RuleSetting): { severity?: SeveritySetting } & Record<string, unknown> {
  return typeof setting === 'string' ? { severity: setting } : setting;
}

/**
 * Layers rule settings, later layers winning rule by rule: a severity given alone keeps
 * the options of an earlier layer, and options given alone keep its severity.
 */
export function mergeRuleSettings(layers: readonly RuleSettings[]): RuleSettings {
  const merged: RuleSettings = {};
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
  return merged;
}

/** The severities the analysis core takes today (rule options reach it with the rule contract). */
export function coreRules(rules: RuleSettings): Record<string, SeveritySetting | undefined> {
  const severities: Record<string, SeveritySetting | undefined> = {};
  for (const [id, setting] of Object.entries(rules)) {
    if (setting !== undefined) severities[id] = typeof setting === 'string' ? setting : setting.severity;
  }
  return severities;
}
