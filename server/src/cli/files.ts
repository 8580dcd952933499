// The files a command reads: explicit files whatever their name, directories walked for drafts.

import { readdirSync, realpathSync, statSync, type Dirent } from 'node:fs';
import { join } from 'node:path';
import { describe } from './errors';

export const DRAFT_PATTERNS = '*.nos, *.nos.txt, *.nos.md, *.txt';
const DRAFT_NAME = /\.(nos|nos\.md|txt)$/i;
const SKIPPED_DIRS = new Set(['node_modules']);

type Problem = (path: string, reason: string) => void;

function byName(a: Dirent, b: Dirent): number {
  // Code-unit order, not locale order, so output is the same on every machine.
  return a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
}

function isDirectory(entry: Dirent, path: string): boolean {
  if (!entry.isSymbolicLink()) return entry.isDirectory();
  try {
    return statSync(path).isDirectory();
  } catch {
    // A broken link with a draft's name is reported when it is read.
    return false;
  }
}

/** Drafts under a directory, depth first in name order; `seen` holds real paths to stop link loops. */
function* walk(dir: string, seen: Set<string>, problem: Problem): Generator<string> {
  let entries: Dirent[];
  try {
    const real = realpathSync(dir);
    if (seen.has(real)) return;
    seen.add(real);
    entries = readdirSync(dir, { withFileTypes: true });
  } catch (error) {
    problem(dir, describe(error));
    return;
  }
  entries.sort(byName);
  for (const entry of entries) {
    if (entry.name.startsWith('.') || SKIPPED_DIRS.has(entry.name)) continue;
    const path = join(dir, entry.name);
    if (isDirectory(entry, path)) yield* walk(path, seen, problem);
    else if (DRAFT_NAME.test(entry.name)) yield path;
  }
}

/** Paths to read, one at a time, as given or joined onto the directory given. */
export function* inputFiles(args: readonly string[], problem: Problem): Generator<string> {
  for (const arg of args) {
    let directory: boolean;
    try {
      directory = statSync(arg).isDirectory();
    } catch (error) {
      problem(arg, describe(error));
      continue;
    }
    if (!directory) {
      yield arg;
      continue;
    }
    let found = 0;
    for (const path of walk(arg, new Set(), problem)) {
      found++;
      yield path;
    }
    if (found === 0) problem(arg, `no drafts found (${DRAFT_PATTERNS})`);
  }
}

/** The one file a command takes, e.g. `outline` or `fix --stdout`. */
export function singleFile(args: readonly string[]): string | null {
  if (args.length !== 1) return null;
  try {
    return statSync(args[0]).isDirectory() ? null : args[0];
  } catch {
    // Missing or unreadable: the reader reports it.
    return args[0];
  }
}
