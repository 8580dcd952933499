// Which documents of a suite are the English and Welsh versions of one standard: those a
// `pairs` map in the configuration declares, else those sharing a URN. A document has a
// twin only when the match is unambiguous and mutual (several copies of a draft in one
// language are no pair, unless one of them sits in the twin's folder; a file declared
// with two others pairs with neither), so the pairs never depend on the files' order.

import { suiteFacts } from './facts';
import { groupBy } from './places';
import type { SuiteDocument } from './types';

/** A URI or path as compared with declared pairs: percent-escapes decoded. */
export function comparableName(uri: string): string {
  try {
    return decodeURIComponent(uri);
  } catch {
    return uri;
  }
}

function folderOf(uri: string): string {
  return uri.slice(0, uri.lastIndexOf('/') + 1);
}

/** The only document in the other language, else the only one of those in the same folder. */
function candidate<D extends SuiteDocument>(document: D, group: readonly D[]): D | undefined {
  const others = group.filter((other) => other.language !== document.language);
  if (others.length === 1) return others[0];
  const folder = folderOf(document.uri);
  const near = others.filter((other) => folderOf(other.uri) === folder);
  return near.length === 1 ? near[0] : undefined;
}

/** The twins of a suite, found once; each look-up is then constant time. */
export class Twins<D extends SuiteDocument> {
  private readonly twins = new Map<string, D>();
  private readonly list: Array<readonly [D, D]> = [];

  constructor(documents: readonly D[]) {
    // Declared pairs: each file named with one other only, whichever side declares it.
    const byName = new Map(documents.map((document) => [comparableName(document.uri), document]));
    const partners = new Map<D, Set<D>>();
    const declare = (a: D, b: D) => (partners.get(a) ?? partners.set(a, new Set()).get(a)!).add(b);
    for (const document of documents) {
      const twin = document.twin === undefined ? undefined : byName.get(comparableName(document.twin));
      if (!twin || twin === document) continue;
      declare(document, twin);
      declare(twin, document);
    }
    for (const [document, named] of partners) {
      const [twin] = named;
      if (named.size !== 1 || partners.get(twin)!.size !== 1 || document.language !== 'en' || twin.language !== 'cy') continue;
      this.join(document, twin);
    }
    const withUrn = documents.flatMap((document) => {
      const urn = this.twins.has(document.uri) ? null : suiteFacts(document).urn;
      return urn ? [{ document, key: urn.key }] : [];
    });
    for (const entries of groupBy(withUrn, (entry) => entry.key)) {
      if (entries.length < 2) continue;
      const group = entries.map((entry) => entry.document);
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
