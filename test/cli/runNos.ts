// Runs the built `nos` command as users run it (`node dist/cli.js ...`), optionally as an
// unprivileged user. That user may not be able to reach the clone (CI keeps it in a
// directory only root may enter), so it runs a copy of the bundle placed beside its work.

import { chmodSync, copyFileSync, mkdirSync, readdirSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';

export const ROOT = resolve(__dirname, '../..');
const DIST = join(ROOT, 'dist');
export const CLI = join(DIST, 'cli.js');
/** The user and group "nobody" on Debian. */
export const NOBODY = 65534;

export interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  cwd: string;
  nodeArgs?: string[];
  /** Drops root's rights, which read and write any file. */
  unprivileged?: boolean;
  /** Variables set for this run, besides the test's own environment. */
  env?: NodeJS.ProcessEnv;
}

/** The bundle with its workers and dictionaries beside it: a copy runs wherever it is. */
function reachableCli(cwd: string): string {
  const folder = join(cwd, '.nos-cli');
  mkdirSync(join(folder, 'dictionaries'), { recursive: true });
  for (const name of ['cli.js', 'checkWorker.js', 'spellWorker.mjs', 'hunspell.wasm', ...readdirSync(join(DIST, 'dictionaries')).map((f) => `dictionaries/${f}`)]) {
    copyFileSync(join(DIST, name), join(folder, name));
    chmodSync(join(folder, name), 0o644);
  }
  chmodSync(folder, 0o755);
  chmodSync(join(folder, 'dictionaries'), 0o755);
  return join(folder, 'cli.js');
}

export function runNos(args: string[], options: RunOptions): Run {
  const unprivileged = options.unprivileged === true && process.getuid?.() === 0;
  const cli = unprivileged ? reachableCli(options.cwd) : CLI;
  const user = unprivileged ? { uid: NOBODY, gid: NOBODY } : {};
  // A hang (reading a device for ever) fails its test, within mocha's timeout, instead of blocking the run.
  const result = spawnSync(process.execPath, [...(options.nodeArgs ?? []), cli, ...args], {
    cwd: options.cwd, encoding: 'utf8', timeout: 15_000, ...user, ...(options.env && { env: { ...process.env, ...options.env } }),
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
