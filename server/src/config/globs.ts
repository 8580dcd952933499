// The globs of a `.nosrc.json` (its `files`, and the `files` of each override): relative to
// the file's folder, '/' between folders; one without a '/' matches a file name in any
// folder below it (as in ESLint's and markdownlint's overrides). The top-level `files` are
// also handed to the editor's file search, so they keep to what both understand.

import picomatch from 'picomatch/posix';

/** A glob as it is matched against paths relative to the folder. */
export function anchored(glob: string): string {
  return glob.includes('/') ? glob : `**/${glob}`;
}

/** Whether a path relative to the folder ('/' separators) is one of `globs`. */
export function matcher(globs: readonly string[]): (path: string) => boolean {
  return globs.length ? picomatch(globs.map(anchored), { dot: true }) : () => false;
}

/** A glob as written, without a leading "./". */
export function withoutDotSlash(glob: string): string {
  return glob.replace(/^(?:\.\/)+/, '');
}

/** Every "[" and "{" closed, in order. */
function balanced(glob: string): boolean {
  const open: string[] = [];
  for (const char of glob) {
    if (char === '[' || char === '{') open.push(char);
    else if (char === ']' && open.at(-1) === '[') open.pop();
    else if (char === '}' && open.at(-1) === '{') open.pop();
    else if (char === '}') return false;
  }
  return open.length === 0;
}

/**
 * Why a glob of `files` cannot pick files of its folder: 'outside' when it names files
 * elsewhere (an absolute path, "..", or '\' between folders), 'syntax' when it is not a
 * glob both matchers read alike (an unclosed "[" or "{", or a "!" to leave files out).
 */
export function globProblem(glob: string): 'outside' | 'syntax' | undefined {
  if (/^(?:\/|[a-zA-Z]:)/.test(glob) || glob.includes('\\') || glob.split('/').includes('..')) return 'outside';
  if (glob.startsWith('!') || !balanced(glob)) return 'syntax';
  return undefined;
}
