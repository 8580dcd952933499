// A pair's differences as findings: each one placed in both versions, its message naming
// the other file and line, and the other version's place as related information.

import type { Lang, Range } from '../types';
import { comparableName, type PairDocument } from './pairs';
import { alignPair, type Both } from './pairsAlign';
import { differenceMessage, relatedMessage } from './pairsMessages';

export interface PairPlace {
  uri: string;
  range: Range;
}

export interface PairFinding extends PairPlace {
  message: (lang: Lang) => string;
  /** The same difference in the other version. */
  related: PairPlace & { message: (lang: Lang) => string };
}

/** `uri` without the folders it shares with `from`, decoded: "cy/safon.nos.txt". */
export function shortName(uri: string, from: string): string {
  const parts = uri.split('/');
  const base = from.split('/');
  let shared = 0;
  while (shared < parts.length - 1 && shared < base.length - 1 && parts[shared] === base[shared]) shared++;
  return comparableName(parts.slice(shared).join('/'));
}

export function pairFindings(pair: Both<PairDocument>): PairFinding[] {
  const findings: PairFinding[] = [];
  const docs = [pair[0].analysis.doc, pair[1].analysis.doc] as const;
  for (const { difference, ranges } of alignPair(docs)) {
    for (const side of [0, 1] as const) {
      const other = (1 - side) as 0 | 1;
      const at = `${shortName(pair[other].uri, pair[side].uri)}:${ranges[other].start.line + 1}`;
      findings.push({
        uri: pair[side].uri,
        range: ranges[side],
        message: differenceMessage(difference, side, pair[other].language, at),
        related: { uri: pair[other].uri, range: ranges[other], message: relatedMessage(pair[other].language) },
      });
    }
  }
  return findings;
}
