// Small helpers the suite rules share: naming files in a message, grouping files.

import type { Lang } from '../types';
import { WORKSPACE } from './messages';

/** Files a message names before "and N more", and related places a finding lists at most. */
const NAMED = 3;
export const MAX_RELATED = 20;

/** The last part of a URI or path, decoded: how a message names another file. */
export function fileName(uri: string): string {
  const last = uri.replace(/[/\\]+$/, '').split(/[/\\]/).pop() ?? uri;
  try {
    return decodeURIComponent(last);
  } catch {
    return last;
  }
}

/** Files named in a message: a few, then how many more (a suite may hold one URN hundreds of times). */
export function fileList(uris: readonly string[]): (lang: Lang) => string {
  const names = uris.slice(0, NAMED).map((uri) => `“${fileName(uri)}”`).join(', ');
  return (lang) => (uris.length > NAMED ? WORKSPACE.moreFiles[lang]({ names, more: uris.length - NAMED }) : names);
}

/** Entries grouped by key, each group in the entries' order. */
export function groupBy<T>(entries: readonly T[], key: (entry: T) => string): T[][] {
  const groups = new Map<string, T[]>();
  for (const entry of entries) {
    const k = key(entry);
    const group = groups.get(k);
    if (group) group.push(entry);
    else groups.set(k, [entry]);
  }
  return [...groups.values()];
}
