// Element sub-headings run on at the end of the item before them ("… when needed
// Manage customer feedback 11. …"). Only certain ones get a line of their own: the
// wording is that of a sub-heading standing alone after a lead-in, or ends an item in
// both the performance criteria and the knowledge section, as elements repeat there.
// Anything else stays item text.

import type { SectionId } from '../../catalogue';
import { labelKey } from '../../text/normalise';
import { capitalised, startsLower } from './labels';
import { words, type Parts } from './split';

const SEQUENCES: ReadonlySet<SectionId | null> = new Set(['performance-criteria', 'knowledge-understanding']);
const MAX_WORDS = 12;
const MAX_LENGTH = 200;

interface Candidate {
  part: number;
  /** Offset where the sub-heading would start. */
  at: number;
  key: string;
}

/** Endings of an item that could be a sub-heading: from a capitalised word to the end, longest first. */
function candidates(text: string, parts: Parts, part: number): Candidate[] {
  const list = words(text, parts.starts[part], parts.ends[part]);
  const found: Candidate[] = [];
  const end = parts.ends[part];
  // Word 0 is the label and word 1 starts the item's own text.
  for (let k = Math.max(2, list.length - MAX_WORDS); k < list.length; k++) {
    if (!capitalised(list[k].text.charAt(0)) || !startsLower(list[1].text) || end - list[k].start > MAX_LENGTH) continue;
    found.push({ part, at: list[k].start, key: labelKey(text.slice(list[k].start, end)) });
  }
  return found;
}

/** The parts with certain sub-headings cut from the items they were run on to. */
export function cutElements(text: string, parts: Parts): Parts {
  const known = new Set<string>();
  const bySection = new Map<SectionId, Candidate[]>();
  for (let part = 0; part < parts.kinds.length; part++) {
    const section = parts.sections[part];
    if (!SEQUENCES.has(section)) continue;
    const kind = parts.kinds[part];
    // A line between a lead-in (or heading) and an item is a sub-heading by its place.
    if (kind === 'text' && parts.kinds[part + 1] === 'item' && (parts.kinds[part - 1] === 'leadin' || parts.kinds[part - 1] === 'heading')) {
      known.add(labelKey(text.slice(parts.starts[part], parts.ends[part])));
    } else if (kind === 'item' && parts.kinds[part + 1] === 'item') {
      const list = bySection.get(section!) ?? [];
      for (const candidate of candidates(text, parts, part)) list.push(candidate);
      bySection.set(section!, list);
    }
  }
  const keysOf = (section: SectionId) => new Set((bySection.get(section) ?? []).map((c) => c.key));
  const otherKeys = new Map<SectionId, Set<string>>([
    ['performance-criteria', keysOf('knowledge-understanding')],
    ['knowledge-understanding', keysOf('performance-criteria')],
  ]);
  const cuts = new Map<number, number>();
  for (const [section, list] of bySection) {
    for (const candidate of list) {
      if (cuts.has(candidate.part)) continue;
      if (known.has(candidate.key) || otherKeys.get(section)!.has(candidate.key)) cuts.set(candidate.part, candidate.at);
    }
  }
  if (cuts.size === 0) return parts;
  const result: Parts = { starts: [], ends: [], kinds: [], sections: [] };
  for (let part = 0; part < parts.kinds.length; part++) {
    const at = cuts.get(part);
    result.starts.push(parts.starts[part]);
    result.kinds.push(parts.kinds[part]);
    result.sections.push(parts.sections[part]);
    if (at === undefined) {
      result.ends.push(parts.ends[part]);
      continue;
    }
    // The item ends at its last word before the sub-heading.
    result.ends.push(parts.starts[part] + text.slice(parts.starts[part], at).trimEnd().length);
    result.starts.push(at);
    result.ends.push(parts.ends[part]);
    result.kinds.push('text');
    result.sections.push(parts.sections[part]);
  }
  return result;
}
