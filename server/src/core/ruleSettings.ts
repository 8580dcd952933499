// Rule settings as the core takes them: a severity or `off`, or an object with an
// optional severity and the rule's options. The settings and config layers validate
// what users write; the core still ignores anything it does not know.

import { remember, remembered } from './memo';
import type { AnyRule, RuleId } from './rules';
import { Severity, type SeveritySetting } from './types';

/** A severity, or an object with an optional severity and the rule's options. */
export type RuleSetting = SeveritySetting | ({ severity?: SeveritySetting } & Record<string, unknown>);
export type RuleSettings = Partial<Record<RuleId, RuleSetting>>;

const SEVERITIES: Record<SeveritySetting, Severity | null> = {
  error: Severity.Error,
  warning: Severity.Warning,
  information: Severity.Information,
  hint: Severity.Hint,
  off: null,
};

export interface ResolvedSetting {
  /** Null when the rule is off; undefined when each finding keeps its own. */
  severity: Severity | null | undefined;
  options: Record<string, unknown>;
  /** Names the setting, for findings remembered under it. */
  key: string;
}

/** A rule's defaults, worked out once per rule (most rules are never configured). */
const DEFAULTS = Symbol('default setting');

export function resolveSetting(rule: AnyRule, setting: RuleSetting | undefined): ResolvedSetting {
  if (setting === undefined) return remembered<ResolvedSetting>(rule, DEFAULTS) ?? remember(rule, DEFAULTS, resolve(rule, undefined));
  return resolve(rule, setting);
}

function resolve(rule: AnyRule, setting: RuleSetting | undefined): ResolvedSetting {
  const level = typeof setting === 'string' ? setting : setting?.severity;
  const known = level !== undefined && Object.hasOwn(SEVERITIES, level);
  const severity = known ? SEVERITIES[level] : setting === undefined && rule.offByDefault ? null : undefined;
  const options: Record<string, unknown> = {};
  for (const [name, spec] of Object.entries(rule.options ?? {}) as Array<[string, { type: string; default: unknown }]>) {
    const value = typeof setting === 'object' && setting !== null ? setting[name] : undefined;
    options[name] = typeof value === spec.type ? value : spec.default;
  }
  return { severity, options, key: `${severity ?? ''}|${JSON.stringify(options)}` };
}
