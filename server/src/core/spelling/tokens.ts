// The words of a line that a dictionary should see, NOS text being what it is: item
// labels, URNs, SOC codes and numbers (anything with a digit), acronyms and names
// written with capitals inside them (CfA, SkillsActive), capitalised names inside a
// sentence, URLs and e-mail addresses are no words to check. Welsh clitics split off
// the word they lean on ("Mae'r", "sy'n", "â'ch"); English possessives lose their "'s".
// Hyphenated compounds keep their parts, so a dictionary may accept them part by part.
//
// One pass over the line, and every regular expression here matches a run of one class
// of characters, so the time is linear in the length of the line whatever it holds.

import type { Lang } from '../types';

export interface WordPart {
  /** Offsets in the line (UTF-16). */
  start: number;
  end: number;
  /** As written, apostrophes folded to ' . */
  word: string;
}

export interface WordToken extends WordPart {
  /** The parts of a hyphenated compound ("di-eiriau" → "di", "eiriau"); absent for one word. */
  parts?: WordPart[];
}

/** Letters, marks and digits, joined by apostrophes and hyphens: one candidate word. */
const RUN = /[\p{L}\p{M}\p{N}]+(?:['’ʼ\-‐‑][\p{L}\p{M}\p{N}]+)*/uy;
const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;
const DIGIT = /\p{N}/u;
/** An upper-case letter after the first: acronyms (SLAs, CfA) and joined names (SkillsActive). */
const INNER_CAPITAL = /^.[\p{L}\p{M}]*?\p{Lu}/u;
const CAPITAL = /^\p{Lu}/u;
const APOSTROPHES = /['’ʼ]/g;
const HYPHENS = /[\-‐‑]/;
/** Welsh clitics after an apostrophe: the article, "yn", pronouns. */
const CLITICS: ReadonlySet<string> = new Set(['r', 'n', 'ch', 'i', 'w', 'm', 'th', 'u', 'ti', 'ni']);
/** Characters that end a sentence: the next word may be capitalised without being a name. */
const SENTENCE_END = /[.!?:;•]/;

/** The end of the whitespace-free chunk starting at `from`. */
function chunkEnd(line: string, from: number): number {
  let end = from;
  while (end < line.length && !isSpace(line.charCodeAt(end))) end++;
  return end;
}

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 0xa0 || (code >= 0x2000 && code <= 0x200b) || code === 0x202f ||
    code === 0x205f || code === 0x3000 || code === 0x1680 || code === 0xfeff || (code >= 10 && code <= 13) ||
    code === 0x85 || code === 0x2028 || code === 0x2029;
}

/** A URL, an e-mail address or a path: nothing in it is prose. */
function isAddress(chunk: string): boolean {
  return chunk.includes('://') || chunk.includes('@') || /^www\./i.test(chunk) || chunk.includes('\\');
}

function lettersOnly(word: string): boolean {
  return !DIGIT.test(word) && !INNER_CAPITAL.test(word);
}

/**
 * The words to check in one line, in order. `sentenceStart` says whether the line
 * starts a sentence (a capitalised first word is then a word, not a name).
 */
export function lineWords(line: string, lang: Lang, sentenceStart = true): WordToken[] {
  const words: WordToken[] = [];
  let atStart = sentenceStart;
  let at = 0;
  while (at < line.length) {
    if (isSpace(line.charCodeAt(at))) {
      at++;
      continue;
    }
    const end = chunkEnd(line, at);
    if (isAddress(line.slice(at, end))) {
      at = end;
      atStart = false;
      continue;
    }
    while (at < end) {
      if (!WORD_CHAR.test(line[at])) {
        if (SENTENCE_END.test(line[at])) atStart = true;
        at++;
        continue;
      }
      RUN.lastIndex = at;
      const match = RUN.exec(line);
      // A letter the expression does not start at (a lone surrogate half): step over it.
      if (!match) {
        at++;
        continue;
      }
      const runEnd = at + match[0].length;
      const afterApostrophe = at > 0 && /['’ʼ]/.test(line[at - 1]);
      const name = !atStart && CAPITAL.test(match[0]);
      if (!name && !(afterApostrophe && lang === 'cy' && CLITICS.has(match[0].toLowerCase()))) {
        addRun(words, match[0], at, lang);
      }
      atStart = false;
      at = runEnd;
    }
  }
  return words;
}

/** Splits a run at apostrophes (clitics) and hyphens (compounds) and keeps what is a word. */
function addRun(words: WordToken[], run: string, offset: number, lang: Lang): void {
  if (!lettersOnly(run)) return;
  const pieces = splitApostrophes(run, lang);
  for (const piece of pieces) {
    const start = offset + piece.start;
    const text = piece.word.replace(APOSTROPHES, "'");
    if (text.length < 2) continue;
    if (!HYPHENS.test(text)) {
      words.push({ start, end: start + text.length, word: text });
      continue;
    }
    const parts: WordPart[] = [];
    let partStart = 0;
    for (const part of text.split(HYPHENS)) {
      if (part.length > 1) parts.push({ start: start + partStart, end: start + partStart + part.length, word: part });
      partStart += part.length + 1;
    }
    words.push({ start, end: start + text.length, word: text, parts });
  }
}

/**
 * Welsh: the word before an apostrophe, and what follows it unless it is a clitic
 * ("gweithio'n" → "gweithio"). English: the run whole, less a possessive "'s".
 */
function splitApostrophes(run: string, lang: Lang): Array<{ start: number; word: string }> {
  if (!/['’ʼ]/.test(run)) return [{ start: 0, word: run }];
  if (lang === 'en') return [{ start: 0, word: /['’ʼ]s$/i.test(run) ? run.slice(0, -2) : run }];
  const pieces: Array<{ start: number; word: string }> = [];
  let start = 0;
  for (const piece of run.split(/['’ʼ]/)) {
    if (start === 0 || !CLITICS.has(piece.toLowerCase())) pieces.push({ start, word: piece });
    start += piece.length + 1;
  }
  return pieces;
}
