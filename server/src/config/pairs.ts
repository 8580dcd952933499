// The `pairs` of a configuration file as the two files' full names: the file's folder
// (a URI in the server, a path on the command line, '/' separators) joined with each
// relative path, "." and ".." resolved, percent-escapes decoded so that a name written
// "mon safon.nos.txt" meets the URI "mon%20safon.nos.txt".

import type { DeclaredPair } from '../core/suite/pairs';
import { comparableName } from '../core/suite/pairs';
import type { ConfigFile } from './configFile';

/** `relative` resolved against `folder`; never climbs above the folder's root. */
function join(folder: string, relative: string): string {
  const parts = comparableName(folder).replace(/\/+$/, '').split('/');
  const root = /^[a-z][\w+.-]*:$/i.test(parts[0]) ? 3 : 1; // "file:", "", "" (authority) or "" (a path's root)
  for (const part of relative.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') {
      if (parts.length > root) parts.pop();
    } else parts.push(part);
  }
  return parts.join('/');
}

export function resolvePairs(folder: string, config: Pick<ConfigFile, 'pairs'>): DeclaredPair[] {
  return config.pairs.map(([first, second]) => [join(folder, first), join(folder, second)] as const);
}
