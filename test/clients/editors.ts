// What the Neovim and Emacs tests share: the README's configuration for each editor,
// the sample drafts copied to a temporary folder, an edit to type in each, the editor
// run as a child process (killed with everything it started), and the `nos check`
// findings its diagnostics must equal.

import * as assert from 'node:assert/strict';
import { execFileSync, spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { analyse, parse, type Range } from '../../server/src/core';

export const ROOT = path.resolve(__dirname, '..', '..');
const SAMPLES = path.join(ROOT, 'samples');
const CLI = path.join(ROOT, 'dist', 'cli.js');

/** A finding as both the CLI and an editor show it: range (UTF-16 characters, as in LSP), rule, severity, message. */
export interface Seen {
  line: number;
  character: number;
  endLine: number;
  endCharacter: number;
  code: string;
  severity: number;
  message: string;
}

/** A diagnostic as an editor's driver reports it: columns in the editor's own unit. */
export type EditorSeen = Omit<Seen, 'character' | 'endCharacter'> & { col: number; endCol: number };

/** Editor columns as UTF-16 characters: Neovim counts UTF-8 bytes, Emacs code points. */
export function inUtf16<T extends { line: number; col: number; endLine: number; endCol: number }>(
  seen: T[],
  text: string,
  unit: 'byte' | 'codePoint',
): (Omit<T, 'col' | 'endCol'> & { character: number; endCharacter: number })[] {
  const lines = text.split('\n');
  const utf16 = (line: number, col: number) =>
    unit === 'byte' ? Buffer.from(lines[line]).subarray(0, col).toString('utf8').length : [...lines[line]].slice(0, col).join('').length;
  return seen.map(({ col, endCol, ...rest }) => ({ ...rest, character: utf16(rest.line, col), endCharacter: utf16(rest.endLine, endCol) }));
}

/** The edit an editor types into a draft: `length` characters at (line, UTF-16 character) become `text`. */
export interface TypedEdit {
  line: number;
  character: number;
  /** The same position in UTF-8 bytes (Neovim's columns) and in code points (Emacs's). */
  byte: number;
  codePoint: number;
  length: number;
  text: string;
}

/**
 * A renumbering edit: the first misnumbered item gets the number its fix gives it; in a
 * draft with none, the first item is given a wrong one.
 */
export function renumberingEdit(text: string): TypedEdit {
  const misnumbered = analyse(text).findings.find((f) => f.ruleId === 'criteria-numbering');
  const edit = misnumbered?.fixes[0]?.edits[0];
  let range;
  let newText;
  if (edit) {
    range = edit.range;
    newText = edit.newText;
  } else {
    const item = parse(text).sections.flatMap((s) => s.items)[0];
    assert.ok(item, 'the draft has an item to renumber');
    range = item.numberRange ?? item.labelRange;
    newText = item.numberRange ? '9' : '9.';
  }
  assert.equal(range.start.line, range.end.line);
  const line = text.split('\n')[range.start.line];
  return {
    line: range.start.line,
    character: range.start.character,
    byte: Buffer.byteLength(line.slice(0, range.start.character)),
    codePoint: [...line.slice(0, range.start.character)].length,
    length: range.end.character - range.start.character,
    text: newText,
  };
}

/** What `nos check --format json` reports for a file, in the order of `bySite`. */
export function cliFindings(file: string): Seen[] {
  let output: string;
  try {
    output = execFileSync(process.execPath, [CLI, 'check', '--format', 'json', file], { encoding: 'utf8' });
  } catch (error) {
    // Exit code 1: error-level findings, reported all the same.
    output = (error as { stdout: string }).stdout;
  }
  const [report] = JSON.parse(output).files as { diagnostics: (Pick<Seen, 'code' | 'severity' | 'message'> & { range: Range })[] }[];
  return bySite(
    report.diagnostics.map(({ range: { start, end }, code, severity, message }) => ({
      line: start.line,
      character: start.character,
      endLine: end.line,
      endCharacter: end.character,
      code,
      severity,
      message,
    })),
  );
}

/**
 * Findings in order of place, spelling aside: spelling findings are published when the
 * dictionary has answered, which may be after the version's first report that the editors
 * record (test/protocol/spelling.test.ts covers them).
 */
export function bySite<T extends Omit<Seen, 'severity'>>(seen: T[]): T[] {
  const key = (s: T) => `${String(s.line).padStart(6, '0')} ${String(s.character).padStart(6, '0')} ${s.code} ${s.message}`;
  return seen.filter((s) => s.code !== 'spelling').sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}

/** The code block of the README's "In other editors" that contains `marker`, for this clone. */
export function readmeConfiguration(language: string, marker: string): string {
  const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('## In other editors'));
  const blocks = [...section.matchAll(new RegExp('```' + language + '\\n([\\s\\S]*?)```', 'g'))].map((m) => m[1]);
  const block = blocks.find((b) => b.includes(marker));
  assert.ok(block, `README has a ${language} configuration with ${marker}`);
  assert.ok(block.includes('/path/to/nos-author/'));
  return block.replaceAll('/path/to/nos-author/', ROOT + path.sep);
}

/** The sample drafts' file names. */
export const SAMPLE_NAMES = readdirSync(SAMPLES).sort();

export interface Workspace {
  dir: string;
  /** The sample drafts, copied. */
  drafts: string[];
  remove(): void;
}

export function workspace(): Workspace {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'nos-clients-'));
  const drafts = SAMPLE_NAMES.map((name) => {
    copyFileSync(path.join(SAMPLES, name), path.join(dir, name));
    return path.join(dir, name);
  });
  return { dir, drafts, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Whether `command` is on the PATH. */
export function installed(command: string): boolean {
  try {
    execFileSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** What an editor showed for a draft once opened, and after the edit was typed and saved. */
export interface Shown<T> {
  opened: T[];
  edited: T[];
}

/**
 * Has an editor, configured with `configuration` (written to `configName`), open each
 * draft of `space`, type its renumbering edit and save it; its driver reads the drafts
 * and edits from $NOS_JOBS and writes what it showed to $NOS_OUT. Everything the editor
 * writes of its own (logs, state) goes to the workspace too.
 */
export async function showDrafts<T>(
  space: Workspace,
  editor: { command: string; configName: string; configuration: string; args: (config: string) => string[] },
): Promise<(Shown<T> & Record<string, unknown>)[]> {
  const file = (name: string) => path.join(space.dir, name);
  const jobs = space.drafts.map((draft) => ({ path: draft, edit: renumberingEdit(readFileSync(draft, 'utf8')) }));
  writeFileSync(file('jobs.json'), JSON.stringify(jobs));
  writeFileSync(file(editor.configName), editor.configuration);
  const home = { HOME: space.dir, XDG_CONFIG_HOME: space.dir, XDG_DATA_HOME: space.dir, XDG_STATE_HOME: space.dir, XDG_CACHE_HOME: space.dir };
  const run = await runEditor(editor.command, editor.args(file(editor.configName)), { ...home, NOS_JOBS: file('jobs.json'), NOS_OUT: file('out.json') }, 100_000);
  const out = existsSync(file('out.json'))
    ? (JSON.parse(readFileSync(file('out.json'), 'utf8')) as { results?: (Shown<T> & Record<string, unknown>)[]; error?: string })
    : {};
  assert.equal(out.error, undefined, run.output);
  assert.equal(run.ended, 'exit code 0', run.output);
  assert.equal(out.results!.length, space.drafts.length);
  return out.results!;
}

/**
 * Runs an editor in its own process group and waits for it to exit; the group (the
 * editor and the server it started) is killed afterwards, and after `limitMs` if it hangs.
 */
function runEditor(command: string, args: string[], env: NodeJS.ProcessEnv, limitMs: number): Promise<{ ended: string; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { env: { ...process.env, ...env }, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    const killGroup = () => {
      try {
        process.kill(-child.pid!, 'SIGKILL');
      } catch {
        // The group has already gone.
      }
    };
    const timer = setTimeout(killGroup, limitMs);
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      killGroup();
      resolve({ ended: signal ?? `exit code ${code}`, output });
    });
  });
}

/** Skips the suite when the editor is missing, except in CI, where that is a failure. */
export function requireEditor(suite: Mocha.Context, command: string): void {
  if (installed(command)) return;
  if (process.env.CI === 'true') throw new Error(`${command} is not installed (apt-get install -y neovim emacs-nox elpa-eglot)`);
  suite.skip();
}
