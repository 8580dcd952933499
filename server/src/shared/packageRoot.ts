// Where the installed package is, for links to its rule pages: the bundles live in its dist/.

import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

/** The package root as a file URI ending in '/'. Valid in the bundles (dist/*.js) only. */
export function packageRootUri(): string {
  return pathToFileURL(resolve(__dirname, '..')).href + '/';
}
