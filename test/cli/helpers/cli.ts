// Running the built `nos` command in a scratch directory, as users run it.

import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

export const ROOT = resolve(__dirname, '../../..');
export const CLI = join(ROOT, 'dist/cli.js');

export interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Builds the CLI once per test file, and gives a fresh scratch directory removed afterwards. */
export function scratch(): { dir: () => string } {
  let dir = '';
  before(function () {
    this.timeout(120_000);
    execFileSync(process.execPath, ['esbuild.mjs'], { cwd: ROOT, stdio: 'pipe' });
    dir = realpathSync(mkdtempSync(join(tmpdir(), 'nos-cli-')));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));
  return { dir: () => dir };
}

export function nos(args: string[], cwd: string): Run {
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', timeout: 15_000 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Copies a file of the repository (samples are read-only) to `to`, writable. */
export function copyInto(from: string, to: string): string {
  mkdirSync(dirname(to), { recursive: true });
  copyFileSync(join(ROOT, from), to);
  chmodSync(to, 0o644);
  return to;
}

export function writeInto(path: string, text: string): string {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
  return path;
}
