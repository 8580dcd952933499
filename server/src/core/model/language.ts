import type { LineIndex } from '../text/lineIndex';
import type { Lang } from '../types';
import type { LineInfo } from './classify';

// Common short words that tell the languages apart when no heading does.
const WELSH_WORDS = /(?<![\p{L}'’])(?:yn|mae|y|yr|a|ac|i|eich|gyda|ar|o|wrth|sy'n|mewn)(?![\p{L}])/giu;
const ENGLISH_WORDS = /(?<![\p{L}'’])(?:the|and|of|to|you|your|with|for|in|is|are|how)(?![\p{L}])/giu;
const SAMPLE = 4000;

/** Headings, lead-ins and metadata labels of each language. */
export interface LanguageVotes {
  cy: number;
  en: number;
}

/** Votes of lines from..to, or `sign` -1 to take them away. */
export function countVotes(infos: readonly LineInfo[], from: number, to: number, votes: LanguageVotes, sign = 1): LanguageVotes {
  for (let line = from; line < to; line++) {
    const info = infos[line];
    if (info.kind !== 'heading' && info.kind !== 'leadin' && info.kind !== 'field') continue;
    if (info.lang === 'cy') votes.cy += sign;
    else if (info.lang === 'en') votes.en += sign;
  }
  return votes;
}

/**
 * The document language, from the languages of its headings, lead-ins and metadata
 * labels; when they are silent or tied, from common words in the first lines.
 * Null when nothing tells.
 */
export function detectLanguage(lines: LineIndex, votes: LanguageVotes): Lang | null {
  if (votes.cy !== votes.en) return votes.cy > votes.en ? 'cy' : 'en';
  const sample = lines.text.slice(0, SAMPLE);
  const welsh = sample.match(WELSH_WORDS)?.length ?? 0;
  const english = sample.match(ENGLISH_WORDS)?.length ?? 0;
  if (welsh === english) return null;
  return welsh > english ? 'cy' : 'en';
}
