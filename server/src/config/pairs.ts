// The `pairs` of a configuration file, read for one document: the file its entry names
// as its other language version. Names are the configuration file's folder (a URI in the
// server, a path on the command line, '/' separators) joined with each relative path,
// "." and ".." resolved, and compared decoded, so that "mon safon.nos.txt" in the file
// meets the URI ".../mon%20safon.nos.txt".

import { comparableName } from '../core/suite/pairs';
import type { ConfigFile } from './configFile';

/** `relative` resolved against `folder`; never climbs above the folder's root. */
function join(folder: string, relative: string): string {
  const parts = comparableName(folder).replace(/\/+$/, '').split('/');
  // "file:", "" and the authority of a URI; the empty part before a path's first '/'.
  const root = /^[a-z][\w+.-]*:$/i.test(parts[0]) && parts[1] === '' ? 3 : 1;
  for (const part of relative.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') {
      if (parts.length > root) parts.pop();
    } else parts.push(part);
  }
  return parts.join('/');
}

/**
 * The other version declared for `name` by a configuration file in `folder`, or undefined.
 * @param name the document as the caller names files (URI or path).
 */
export function declaredTwin(folder: string, config: Pick<ConfigFile, 'pairs'>, name: string): string | undefined {
  const wanted = comparableName(name);
  for (const [first, second] of config.pairs) {
    const a = join(folder, first);
    const b = join(folder, second);
    if (a === wanted) return b;
    if (b === wanted) return a;
  }
  return undefined;
}
