// Which documents of a suite are the English and Welsh versions of one standard: those a
// `pairs` map in the configuration declares, else those sharing a URN. A document has a
// twin only when the match is unambiguous and mutual (several copies of a draft in one
// language are no pair, unless one of them sits in the twin's folder).

import { INVISIBLE } from '../metadata/urn';
import { isFiller } from '../metadata/filler';
import type { NosDocument } from '../model/types';
import type { Lang } from '../types';

/** What pairing reads of a suite document (the suite contract's documents have this shape). */
export interface PairDocument {
  readonly uri: string;
  readonly language: Lang;
  readonly analysis: { readonly doc: NosDocument };
}

/** A URI or path as compared with declared pairs: percent-escapes decoded. */
export function comparableName(uri: string): string {
  try {
    return decodeURIComponent(uri);
  } catch {
    return uri;
  }
}

/** Two files declared to be versions of one standard, as URIs or paths (compared decoded). */
export type DeclaredPair = readonly [string, string];

/** A URN as compared between versions: without case, spaces or invisible characters. */
export function urnKey(doc: NosDocument): string | null {
  const value = doc.urn?.value;
  if (!value || isFiller(value)) return null;
  const key = value.replace(INVISIBLE, '').replace(/\s+/g, '').toUpperCase();
  return key === '' ? null : key;
}

function folderOf(uri: string): string {
  return uri.slice(0, uri.lastIndexOf('/') + 1);
}

/**
 * Twins in a suite: `twinOf(uri)` is the other version of the document, or undefined.
 * Built once per suite; each look-up is then constant time.
 */
export class Twins<D extends PairDocument> {
  private readonly twins = new Map<string, D>();
  private readonly list: Array<readonly [D, D]> = [];

  constructor(documents: readonly D[], declared: readonly DeclaredPair[] = []) {
    const byUri = new Map(documents.map((document) => [comparableName(document.uri), document]));
    for (const [first, second] of declared) {
      const a = byUri.get(comparableName(first));
      const b = byUri.get(comparableName(second));
      if (!a || !b || a === b || a.language === b.language || this.twins.has(a.uri) || this.twins.has(b.uri)) continue;
      this.join(a, b);
    }
    const byUrn = new Map<string, D[]>();
    for (const document of documents) {
      if (this.twins.has(document.uri)) continue;
      const key = urnKey(document.analysis.doc);
      if (key === null) continue;
      const group = byUrn.get(key);
      if (group) group.push(document);
      else byUrn.set(key, [document]);
    }
    for (const group of byUrn.values()) {
      if (group.length < 2) continue;
      for (const document of group) {
        if (document.language !== 'en') continue;
        const twin = candidate(document, group);
        if (twin && candidate(twin, group) === document) this.join(document, twin);
      }
    }
  }

  private join(a: D, b: D): void {
    this.twins.set(a.uri, b);
    this.twins.set(b.uri, a);
    this.list.push(a.language === 'en' ? [a, b] : [b, a]);
  }

  twinOf(uri: string): D | undefined {
    return this.twins.get(uri);
  }

  /** Each pair once, English first. */
  pairs(): ReadonlyArray<readonly [D, D]> {
    return this.list;
  }
}

/** The only document in the other language, else the only one of those in the same folder. */
function candidate<D extends PairDocument>(document: D, group: readonly D[]): D | undefined {
  const others = group.filter((other) => other.language !== document.language);
  if (others.length === 1) return others[0];
  const folder = folderOf(document.uri);
  const near = others.filter((other) => folderOf(other.uri) === folder);
  return near.length === 1 ? near[0] : undefined;
}
