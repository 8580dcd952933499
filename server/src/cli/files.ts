// The files a command reads: explicit files whatever their name, directories walked for
// drafts (by their names, and the `files` globs of `.nosrc.json`).

import { readdirSync, realpathSync, statSync, type Dirent } from 'node:fs';
import { join } from 'node:path';
import { listedIn } from './config';
import { describe } from './errors';
import { bilingual } from '../core/messages/message';
import { CLI, type Reason } from './messages';
import { unreadable } from './readBytes';

export const DRAFT_PATTERNS = '*.nos, *.nos.txt, *.nos.md, *.txt';
const DRAFT_NAME = /\.(nos|nos\.md|txt)$/i;
const SKIPPED_DIRS = new Set(['node_modules']);

type Problem = (path: string, reason: Reason) => void;
/** Which files met in a walk of a directory are drafts whatever their names. */
type Listing = (dir: string) => (path: string) => boolean;

interface Entry {
  name: string;
  /** False when the name's bytes are not UTF-8: `name` has U+FFFD for them and opens nothing. */
  utf8: boolean;
  dirent: Dirent<Buffer>;
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

function entry(dirent: Dirent<Buffer>): Entry {
  try {
    return { name: strictUtf8.decode(dirent.name), utf8: true, dirent };
  } catch {
    return { name: dirent.name.toString('utf8'), utf8: false, dirent };
  }
}

function byName(a: Entry, b: Entry): number {
  // Code-unit order, not locale order, so output is the same on every machine.
  return a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
}

function isDirectory(entry: Dirent<Buffer>, path: string): boolean {
  if (!entry.isSymbolicLink()) return entry.isDirectory();
  try {
    return statSync(path).isDirectory();
  } catch {
    // A broken link with a draft's name is reported when it is read.
    return false;
  }
}

/** Drafts under a directory, depth first in name order; `seen` holds real paths to stop link loops. */
function* walk(dir: string, seen: Set<string>, problem: Problem, listed: (path: string) => boolean): Generator<string> {
  let entries: Entry[];
  try {
    const real = realpathSync(dir);
    if (seen.has(real)) return;
    seen.add(real);
    entries = readdirSync(dir, { withFileTypes: true, encoding: 'buffer' }).map(entry);
  } catch (error) {
    problem(dir, describe(error));
    return;
  }
  entries.sort(byName);
  for (const { name, utf8, dirent } of entries) {
    if (name.startsWith('.') || SKIPPED_DIRS.has(name)) continue;
    const path = join(dir, name);
    if (!utf8) {
      // Named like a draft, or a directory that may hold some: not passed over in silence.
      if (DRAFT_NAME.test(name) || dirent.isDirectory()) problem(path, CLI.nameNotUtf8);
    } else if (isDirectory(dirent, path)) {
      yield* walk(path, seen, problem, listed);
    } else if (DRAFT_NAME.test(name) || listed(path)) {
      yield path;
    }
  }
}

/**
 * Paths to read, one at a time, as given or joined onto the directory given.
 * @param listing the `files` globs that add drafts to a walk: by default those of the `.nosrc.json` files at and above it.
 */
export function* inputFiles(args: readonly string[], problem: Problem, listing: Listing = listedIn): Generator<string> {
  for (const arg of args) {
    let directory: boolean;
    try {
      directory = statSync(arg).isDirectory();
    } catch (error) {
      problem(arg, unreadable(arg, error));
      continue;
    }
    if (!directory) {
      yield arg;
      continue;
    }
    // A directory whose drafts were all reported (unreadable, misnamed) is not "without drafts".
    let found = 0;
    const reported: Problem = (path, reason) => {
      found++;
      problem(path, reason);
    };
    for (const path of walk(arg, new Set(), reported, listing(arg))) {
      found++;
      yield path;
    }
    if (found === 0) problem(arg, bilingual(CLI.noDrafts, { patterns: DRAFT_PATTERNS }));
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
