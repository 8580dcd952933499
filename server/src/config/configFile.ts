// A `.nosrc.json`: JSON with comments holding a language, rule settings, overrides for
// some files, more files for the suite and pairs of language versions. Parsed leniently:
// every problem is reported with its place in the text, and the valid parts still apply.

import { findNodeAtLocation, parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import type { Bilingual, Lang, RuleSettings } from '../core';
import { globProblem, matcher, withoutDotSlash } from './globs';
import { bilingual } from '../core/messages/message';
import { CONFIG_MESSAGES, quoted } from './messages';
import { checkRuleSettings, isPlainObject, type SettingProblem } from './ruleSettings';

export const CONFIG_FILE_NAME = '.nosrc.json';

export type LanguageSetting = Lang | 'auto';

export interface Override {
  files: string[];
  /** Whether a path, relative to the configuration file's folder with '/' separators, is one of `files`. */
  matches(relativePath: string): boolean;
  language?: LanguageSetting;
  rules: RuleSettings;
}

export interface ConfigFile {
  language?: LanguageSetting;
  rules: RuleSettings;
  overrides: Override[];
  /** More files of the suite: globs relative to the file's folder, each valid, without a leading "./" (see globs.ts). */
  files: string[];
  /** The two language versions of drafts without URNs, as paths relative to the file's folder ('/' separators). */
  pairs: Array<readonly [string, string]>;
}

/** A problem at text[offset, offset + length). */
export interface ConfigProblem {
  offset: number;
  length: number;
  message: Bilingual;
}

const TOP_LEVEL = ['$schema', 'language', 'rules', 'overrides', 'files', 'pairs'];
const OVERRIDE = ['files', 'language', 'rules'];
const PARSE_OPTIONS = { allowTrailingComma: true, disallowComments: false };

function isLanguage(value: unknown): value is LanguageSetting {
  return value === 'auto' || value === 'en' || value === 'cy';
}

function checkLanguage(value: unknown, name: string, path: Array<string | number>, problems: SettingProblem[]): LanguageSetting | undefined {
  if (value === undefined || isLanguage(value)) return value;
  problems.push({ path, message: bilingual(CONFIG_MESSAGES.language, { name }) });
  return undefined;
}

function checkKeys(value: Record<string, unknown>, allowed: readonly string[], path: Array<string | number>, problems: SettingProblem[]): void {
  for (const key of Object.keys(value)) {
    if (!allowed.includes(key)) problems.push({ path: [...path, key], key: true, message: bilingual(CONFIG_MESSAGES.unknownProperty, { name: key, allowed: quoted(allowed) }) });
  }
}

function checkRules(value: unknown, path: Array<string | number>, problems: SettingProblem[]): RuleSettings {
  if (value === undefined) return {};
  const checked = checkRuleSettings(value, 'rules', path);
  problems.push(...checked.problems);
  return checked.rules;
}

function checkOverride(value: unknown, index: number, problems: SettingProblem[]): Override | undefined {
  const path = ['overrides', index];
  if (!isPlainObject(value)) {
    problems.push({ path, message: bilingual(CONFIG_MESSAGES.notObject, { name: `overrides[${index}]` }) });
    return undefined;
  }
  checkKeys(value, OVERRIDE, path, problems);
  const files = value.files;
  const language = checkLanguage(value.language, 'language', [...path, 'language'], problems);
  const rules = checkRules(value.rules, [...path, 'rules'], problems);
  if (!Array.isArray(files) || files.length === 0 || !files.every((f) => typeof f === 'string' && f.length > 0)) {
    problems.push({ path: files === undefined ? path : [...path, 'files'], message: CONFIG_MESSAGES.files });
    return undefined;
  }
  return { files, matches: matcher(files), language, rules };
}

/** `"files": ["standards/*.md"]`: the valid globs; each other entry is a problem. */
function checkFiles(value: unknown, problems: SettingProblem[]): string[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) {
    problems.push({ path: ['files'], message: bilingual(CONFIG_MESSAGES.notArray, { name: 'files' }) });
    return [];
  }
  const globs: string[] = [];
  value.forEach((entry: unknown, index) => {
    const path = ['files', index];
    const glob = typeof entry === 'string' ? withoutDotSlash(entry) : '';
    const problem = glob.trim() === '' ? 'empty' : globProblem(glob);
    if (problem === 'empty') problems.push({ path, message: CONFIG_MESSAGES.fileGlob });
    else if (problem === 'outside') problems.push({ path, message: bilingual(CONFIG_MESSAGES.fileGlobOutside, { glob }) });
    else if (problem === 'syntax') problems.push({ path, message: bilingual(CONFIG_MESSAGES.fileGlobSyntax, { glob }) });
    else globs.push(glob);
  });
  return globs;
}

/** `"pairs": { "english/a.nos.txt": "cymraeg/a.nos.txt" }`: each key and its value are one pair. */
function checkPairs(value: unknown, problems: SettingProblem[]): Array<readonly [string, string]> {
  if (value === undefined) return [];
  if (!isPlainObject(value)) {
    problems.push({ path: ['pairs'], message: bilingual(CONFIG_MESSAGES.notObject, { name: 'pairs' }) });
    return [];
  }
  const pairs: Array<readonly [string, string]> = [];
  for (const [first, second] of Object.entries(value)) {
    const path = ['pairs', first];
    if (typeof second !== 'string' || second === '' || first === '' || relativePath(first) === relativePath(second)) {
      problems.push({ path, message: bilingual(CONFIG_MESSAGES.pair, { name: first }) });
    } else pairs.push([relativePath(first), relativePath(second)]);
  }
  return pairs;
}

/** A path as written in the file, with '/' separators and without a leading "./". */
function relativePath(path: string): string {
  return path.replace(/\\/g, '/').replace(/^(?:\.\/)+/, '');
}

/** The configuration in a parsed value, and the problems with it as JSON paths. */
export function checkConfig(value: unknown): { config: ConfigFile; problems: SettingProblem[] } {
  const problems: SettingProblem[] = [];
  const config: ConfigFile = { rules: {}, overrides: [], files: [], pairs: [] };
  if (!isPlainObject(value)) {
    problems.push({ path: [], message: bilingual(CONFIG_MESSAGES.notObject, { name: CONFIG_FILE_NAME }) });
    return { config, problems };
  }
  checkKeys(value, TOP_LEVEL, [], problems);
  config.language = checkLanguage(value.language, 'language', ['language'], problems);
  config.rules = checkRules(value.rules, ['rules'], problems);
  config.files = checkFiles(value.files, problems);
  config.pairs = checkPairs(value.pairs, problems);
  if (Array.isArray(value.overrides)) {
    value.overrides.forEach((entry, index) => {
      const override = checkOverride(entry, index, problems);
      if (override) config.overrides.push(override);
    });
  } else if (value.overrides !== undefined) {
    problems.push({ path: ['overrides'], message: bilingual(CONFIG_MESSAGES.notArray, { name: 'overrides' }) });
  }
  return { config, problems };
}

/** Where a problem's path is in the text: the key for unknown names, else the value. */
function place(root: Node | undefined, problem: SettingProblem): { offset: number; length: number } {
  const node = root && findNodeAtLocation(root, problem.path);
  const target = problem.key && node?.parent?.type === 'property' ? node.parent.children?.[0] : node;
  return target ? { offset: target.offset, length: target.length } : { offset: 0, length: 0 };
}

/** The value of a parse tree, with every key as an own property ("__proto__" too). */
function valueOf(node: Node | undefined): unknown {
  if (!node) return undefined;
  const children = node.children ?? [];
  if (node.type === 'array') return children.map(valueOf);
  if (node.type !== 'object') return node.value;
  return Object.fromEntries(
    children.filter((property) => property.children?.length === 2).map((property) => [property.children![0].value, valueOf(property.children![1])]),
  );
}

export function parseConfigFile(text: string): { config: ConfigFile; problems: ConfigProblem[] } {
  const errors: ParseError[] = [];
  const root = parseTree(text, errors, PARSE_OPTIONS);
  const value = valueOf(root);
  // Nothing parsed at all: the syntax errors say enough.
  const { config, problems } = value === undefined && errors.length ? { config: checkConfig({}).config, problems: [] } : checkConfig(value);
  return {
    config,
    // In the order of the text, so the first one reported is the first one in the file.
    problems: [
      ...errors.map((error) => ({ offset: error.offset, length: error.length, message: bilingual(CONFIG_MESSAGES.syntax, { code: printParseErrorCode(error.error) }) })),
      ...problems.map((problem) => ({ ...place(root, problem), message: problem.message })),
    ].sort((a, b) => a.offset - b.offset),
  };
}

/** The 1-based line and column of an offset, counting UTF-16 code units as editors do. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    start = i + 1;
  }
  return { line, column: offset - start + 1 };
}
