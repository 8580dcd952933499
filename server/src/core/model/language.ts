import type { LineIndex } from '../text/lineIndex';
import type { Lang } from '../types';
import type { LineInfo } from './classify';

// Common short words that tell the languages apart when no heading does.
const WELSH_WORDS = /(?<![\p{L}'’])(?:yn|mae|y|yr|a|ac|i|eich|gyda|ar|o|wrth|sy'n|mewn)(?![\p{L}])/giu;
const ENGLISH_WORDS = /(?<![\p{L}'’])(?:the|and|of|to|you|your|with|for|in|is|are|how)(?![\p{L}])/giu;
const SAMPLE = 4000;

/**
 * The document language, from the languages of its headings, lead-ins and metadata
 * labels; when they are silent or tied, from common words in the first lines.
 * Null when nothing tells.
 */
export function detectLanguage(lines: LineIndex, infos: LineInfo[]): Lang | null {
  let cy = 0;
  let en = 0;
  for (const info of infos) {
    if (info.kind !== 'heading' && info.kind !== 'leadin' && info.kind !== 'field') continue;
    if (info.lang === 'cy') cy++;
    else if (info.lang === 'en') en++;
  }
  if (cy !== en) return cy > en ? 'cy' : 'en';
  const sample = lines.text.slice(0, SAMPLE);
  const welsh = sample.match(WELSH_WORDS)?.length ?? 0;
  const english = sample.match(ENGLISH_WORDS)?.length ?? 0;
  if (welsh === english) return null;
  return welsh > english ? 'cy' : 'en';
}
