// Small helpers the suite rules share: naming a file in a message, grouping files.

/** The last part of a URI or path, decoded: how a message names another file. */
export function fileName(uri: string): string {
  const last = uri.replace(/[/\\]+$/, '').split(/[/\\]/).pop() ?? uri;
  try {
    return decodeURIComponent(last);
  } catch {
    return last;
  }
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
