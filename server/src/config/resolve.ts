// The settings a document is checked with, from every source, in one documented order.
//
// Rules: the rule's defaults, then editor settings (`nos.rules`), then the nearest
// `.nosrc.json`, then each of its overrides whose `files` match the document, in order;
// later sources win rule by rule.
// Language: a choice made for the one document (the editor's language picker, `nos --lang`)
// wins; then the last matching override's, the file's, the editor setting's; else auto.

import type { ConfigFile, LanguageSetting } from './configFile';
import type { RuleSettings } from '../core';
import { mergeRuleSettings } from './ruleSettings';

export interface ResolvedSettings {
  language: LanguageSetting;
  rules: RuleSettings;
}

export interface SettingSources {
  /** Editor settings; absent on the command line. */
  settings?: Partial<ResolvedSettings>;
  /** The nearest configuration file, and the document's path relative to its folder ('/' separators). */
  file?: { config: ConfigFile; relativePath: string };
  /** A language chosen for this document alone. */
  documentLanguage?: LanguageSetting;
}

export function resolveSettings({ settings, file, documentLanguage }: SettingSources): ResolvedSettings {
  const overrides = file ? file.config.overrides.filter((override) => override.matches(file.relativePath)) : [];
  const languages = [
    documentLanguage,
    ...overrides.map((override) => override.language).reverse(),
    file?.config.language,
    settings?.language,
  ];
  return {
    language: languages.find((language) => language !== undefined) ?? 'auto',
    rules: mergeRuleSettings([settings?.rules ?? {}, file?.config.rules ?? {}, ...overrides.map((override) => override.rules)]),
  };
}
