// The `nos.*` settings as the server sees them, fetched per document and cached
// until the client reports a configuration change.

import type { Connection } from 'vscode-languageserver';
import { MAX_CHARACTERS, type AnalyseOptions, type RuleSettings } from '../core';

export interface Settings {
  language: 'auto' | 'en' | 'cy';
  rules: RuleSettings;
  /** Documents longer than this (in characters) are not analysed. */
  maxFileSize: number;
  /** Renumber the rest of a list when Enter adds an item in its middle. */
  renumberOnType: boolean;
}

export const DEFAULT_SETTINGS: Settings = {
  language: 'auto',
  rules: {},
  maxFileSize: MAX_CHARACTERS,
  renumberOnType: false,
};

export function analyseOptions(settings: Settings): AnalyseOptions {
  return { language: settings.language, rules: settings.rules };
}

function sanitise(raw: unknown): Settings {
  const value = (raw ?? {}) as Partial<Settings>;
  return {
    language: value.language === 'en' || value.language === 'cy' ? value.language : 'auto',
    rules: value.rules && typeof value.rules === 'object' ? value.rules : {},
    maxFileSize: typeof value.maxFileSize === 'number' && value.maxFileSize > 0 ? value.maxFileSize : DEFAULT_SETTINGS.maxFileSize,
    renumberOnType: value.renumberOnType === true,
  };
}

export class SettingsCache {
  private readonly cache = new Map<string, Promise<Settings>>();
  /** Bumped on every change, so cached analyses know they are stale. */
  generation = 0;

  constructor(
    private readonly connection: Connection,
    private readonly supported: () => boolean,
  ) {}

  get(uri: string): Promise<Settings> {
    if (!this.supported()) return Promise.resolve(DEFAULT_SETTINGS);
    let settings = this.cache.get(uri);
    if (!settings) {
      settings = this.connection.workspace
        .getConfiguration({ scopeUri: uri, section: 'nos' })
        .then(sanitise, () => DEFAULT_SETTINGS);
      this.cache.set(uri, settings);
    }
    return settings;
  }

  forget(uri: string): void {
    this.cache.delete(uri);
  }

  clear(): void {
    this.cache.clear();
    this.generation++;
  }
}
