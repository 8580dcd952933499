// The configuration each draft is checked with on the command line: `--config FILE` for
// every draft, or else the nearest `.nosrc.json` in the draft's folder or above it.
// A configuration file with problems is reported once, as one line, and the drafts it
// governs are not checked (exit status 2): never checked with half of it.
// The `files` globs of the same files add drafts to a folder walk (see listedIn).

import { statSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import type { AnalyseOptions, Lang } from '../core';
import { CONFIG_FILE_NAME, lineAndColumn } from '../config/configFile';
import { matcher } from '../config/globs';
import { ConfigFiles, loadConfig, type LoadedConfig } from '../config/lookup';
import { declaredTwin } from '../config/pairs';
import { resolveSettings } from '../config/resolve';
import { describe, InputError } from './errors';
import { bilingual } from '../core/messages/message';
import { CLI, type Reason } from './messages';
import { readDraft } from './read';

type Problem = (path: string, reason: Reason) => void;

/** A configuration file that cannot be used; its reason is one line, after where the problem is. */
export class ConfigError extends InputError {
  constructor(where: string, reason: Reason) {
    super({ en: `${where}: ${reason.en}`, cy: `${where}: ${reason.cy}` });
  }
}

function shown(path: string): string {
  const fromHere = relative(process.cwd(), path);
  return fromHere && !fromHere.startsWith('..') ? fromHere : path;
}

/** The file's text, or null when there is none; throws when it cannot be read. */
function readConfigText(file: string): string | null {
  try {
    statSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return null;
    throw error;
  }
  return readDraft(file).text;
}

/** Where a file's first problem is (`path:line:col`) and what it is, counting the others. */
function firstProblem(loaded: LoadedConfig): { where: string; reason: Reason } {
  const [first, ...others] = loaded.problems;
  const { line, column } = lineAndColumn(loaded.text, first.offset);
  const reason = others.length ? bilingual(CLI.moreProblems, { problem: first.message, count: others.length }) : first.message;
  return { where: `${shown(loaded.location)}:${line}:${column}`, reason };
}

export class CliConfig {
  private readonly files = new ConfigFiles({
    join,
    parent: (folder) => (dirname(folder) === folder ? null : dirname(folder)),
    read: async (file) => readConfigText(file),
    describe,
  });
  private readonly reported = new Set<LoadedConfig>();

  private constructor(
    /** `--lang`, when given: it wins over configuration files. */
    private readonly language: Lang | 'auto' | undefined,
    private readonly only: LoadedConfig | undefined,
    /** `--messages-language`: the language of the findings, whatever the draft's. */
    private readonly messages: Lang | undefined,
  ) {}

  /** Throws ConfigError when `--config FILE` cannot be read or has problems. */
  static async create(options: { configFile?: string; language?: Lang | 'auto'; messages?: Lang }): Promise<CliConfig> {
    let only: LoadedConfig | undefined;
    if (options.configFile !== undefined) {
      const file = resolve(options.configFile);
      let text: string | null;
      try {
        text = readConfigText(file);
      } catch (error) {
        throw new ConfigError(options.configFile, describe(error));
      }
      if (text === null) throw new ConfigError(options.configFile, CLI.reasons.ENOENT);
      only = loadConfig(file, dirname(file), text);
      if (only.problems.length) {
        const { where, reason } = firstProblem(only);
        throw new ConfigError(where, reason);
      }
    }
    return new CliConfig(options.language, only, options.messages);
  }

  /** The options to analyse a draft with, or null (reported) when its configuration has problems. */
  async optionsFor(path: string, problem: Problem): Promise<AnalyseOptions | null> {
    const file = resolve(path);
    const loaded = this.only ?? (await this.files.nearest(dirname(file)));
    if (loaded?.problems.length) {
      if (!this.reported.has(loaded)) {
        this.reported.add(loaded);
        const { where, reason } = firstProblem(loaded);
        problem(where, reason);
      }
      return null;
    }
    const settings = resolveSettings({
      file: loaded ? { config: loaded.config, relativePath: relative(loaded.folder, file).split(sep).join('/') } : undefined,
      documentLanguage: this.language,
    });
    return { language: settings.language, rules: settings.rules, ...(this.messages && { messages: this.messages }) };
  }

  /** Which files met in a walk of `dir` the `files` globs add: see listedIn. */
  listedIn(dir: string): (path: string) => boolean {
    return listedIn(dir, this.only);
  }

  /** The other language version the `pairs` of the draft's configuration name, as a path. */
  async twinOf(path: string): Promise<string | undefined> {
    const file = resolve(path);
    const loaded = this.only ?? (await this.files.nearest(dirname(file)));
    if (!loaded) return undefined;
    const twin = declaredTwin(loaded.folder.split(sep).join('/'), loaded.config, file.split(sep).join('/'));
    return twin === undefined ? undefined : resolve(twin);
  }
}

/** Configuration files in `dir` and every folder above it; one that cannot be read is left out. */
function configsAbove(dir: string): LoadedConfig[] {
  const found: LoadedConfig[] = [];
  for (let folder = dir; ; folder = dirname(folder)) {
    let text: string | null = null;
    try {
      text = readConfigText(join(folder, CONFIG_FILE_NAME));
    } catch {
      // Reported with the drafts it governs (optionsFor).
    }
    if (text !== null) found.push(loadConfig(join(folder, CONFIG_FILE_NAME), folder, text));
    if (dirname(folder) === folder) return found;
  }
}

/**
 * Which files met in a walk of `dir` are drafts by the `files` globs, whatever their
 * names: those of `only` (`--config FILE`), else those of every `.nosrc.json` in `dir` and
 * the folders above it, each relative to its own folder. Their other problems are
 * reported with the drafts they govern.
 */
export function listedIn(dir: string, only?: LoadedConfig): (path: string) => boolean {
  const tests = (only ? [only] : configsAbove(resolve(dir)))
    .filter(({ config }) => config.files.length)
    .map(({ folder, config }) => {
      const matches = matcher(config.files);
      return (file: string) => {
        const below = relative(folder, file);
        return below !== '' && !below.startsWith('..') && !isAbsolute(below) && matches(below.split(sep).join('/'));
      };
    });
  return (path) => tests.some((test) => test(resolve(path)));
}
