// The words of a line that a dictionary should see, NOS text being what it is: item
// labels, URNs, SOC codes and numbers (anything with a digit), acronyms and names
// written with capitals inside them (CfA, SkillsActive), capitalised names inside a
// sentence, URLs and e-mail addresses are no words to check. Welsh clitics split off
// the word they lean on ("Mae'r", "sy'n", "â'ch"); English possessives lose their "'s".
// Hyphenated compounds keep their parts, so a dictionary may accept them part by part.
//
// One pass over the line by character code (a regular expression per character costs
// ten times as much), and the expressions left see one word each and match runs of one
// class of characters, so the time is linear in the length of the line whatever it holds.

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

/** Welsh clitics after an apostrophe: the article, "yn", pronouns. */
const CLITICS: ReadonlySet<string> = new Set(['r', 'n', 'ch', 'i', 'w', 'm', 'th', 'u', 'ti', 'ni']);
/** Characters that end a sentence: the next word may be capitalised without being a name. */
const SENTENCE_END = new Set([46, 33, 63, 58, 59, 0x2022]);

/** ' ’ ʼ */
function isApostrophe(code: number): boolean {
  return code === 39 || code === 0x2019 || code === 0x2bc;
}

/** - ‐ ‑ */
function isHyphen(code: number): boolean {
  return code === 45 || code === 0x2010 || code === 0x2011;
}

/** What a UTF-16 code unit is to the tokeniser. Astral characters (surrogate halves) are Other. */
const enum Kind { Unknown, Lower, Other, Digit, Upper }

/**
 * The kind of each code unit, found with Unicode property expressions the first time it
 * is met (one expression per character would cost ten times the scan) and kept: a table
 * of Unicode's classes, the same for every text.
 */
const KINDS = new Uint8Array(0x10000);

function kindOf(code: number): Kind {
  if (code < 128) {
    if (code >= 97 && code <= 122) return Kind.Lower;
    if (code >= 65 && code <= 90) return Kind.Upper;
    return code >= 48 && code <= 57 ? Kind.Digit : Kind.Other;
  }
  let kind: Kind = KINDS[code];
  // The modifier apostrophe ʼ is a letter to Unicode, but joins words as ' does.
  if (kind === Kind.Unknown && isApostrophe(code)) kind = KINDS[code] = Kind.Other;
  if (kind === Kind.Unknown) {
    const char = String.fromCharCode(code);
    kind = /\p{Lu}/u.test(char) ? Kind.Upper : /[\p{L}\p{M}]/u.test(char) ? Kind.Lower : /\p{N}/u.test(char) ? Kind.Digit : Kind.Other;
    KINDS[code] = kind;
  }
  return kind;
}

function isSpace(code: number): boolean {
  if (code <= 32) return code === 32 || code === 9 || (code >= 10 && code <= 13);
  if (code < 0x85) return false;
  return code === 0x85 || code === 0xa0 || (code >= 0x2000 && code <= 0x200a) || code === 0x202f || code === 0x205f ||
    code === 0x3000 || code === 0x1680 || code === 0x2028 || code === 0x2029;
}

/** Invisible characters (invisible-character's): soft hyphen, zero-width and direction marks, joiners, BOM. */
function isInvisible(code: number): boolean {
  return code === 0xad || code === 0x180e || (code >= 0x200b && code <= 0x200f) || (code >= 0x202a && code <= 0x202e) ||
    (code >= 0x2060 && code <= 0x2064) || (code >= 0x2066 && code <= 0x2069) || code === 0xfeff;
}

/** w or W */
function isW(code: number): boolean {
  return (code | 32) === 119;
}

/**
 * The end of the whitespace-free chunk starting at `from` (at most `to`), negated when the
 * chunk is a URL, an e-mail address or a path (nothing in it is prose): "://", "@" or "\\"
 * inside, or "www." first; or when other rules own it: an invisible character inside
 * ("accu\u200brately", invisible-character's) or an HTML entity or tag ("&nbsp;", "<br>",
 * stray-markup's),
 * which would split a word into two misspellings. One pass, without copying the chunk:
 * this runs on every chunk of prose.
 */
function chunkEnd(text: string, from: number, to: number): number {
  let end = from;
  let skip = false;
  let ampersand = false;
  let angle = false;
  for (; end < to; end++) {
    const code = text.charCodeAt(end);
    if (isSpace(code)) break;
    if (code === 64 || code === 92 || (code === 58 && text.charCodeAt(end + 1) === 47 && text.charCodeAt(end + 2) === 47)) skip = true;
    else if (code === 38) ampersand = true;
    else if (code === 60) angle = true;
    else if ((code === 59 && ampersand) || (code === 62 && angle) || (code > 127 && isInvisible(code))) skip = true;
  }
  if (!skip && end - from >= 4 && isW(text.charCodeAt(from)) && isW(text.charCodeAt(from + 1)) && isW(text.charCodeAt(from + 2)) && text.charCodeAt(from + 3) === 46) skip = true;
  return skip ? -end : end;
}

/** A run of letters, marks and digits joined by single apostrophes or hyphens, and what it holds. */
interface Run {
  end: number;
  /** A digit anywhere, or a capital after the first letter: a code, label, acronym or joined name. */
  code: boolean;
  capital: boolean;
  joined: boolean;
}

function scanRun(text: string, from: number, limit: number, run: Run): void {
  let end = from;
  run.code = false;
  run.joined = false;
  run.capital = kindOf(text.charCodeAt(from)) === Kind.Upper;
  for (;;) {
    for (; end < limit; end++) {
      const kind = kindOf(text.charCodeAt(end));
      if (kind === Kind.Other) break;
      if (kind === Kind.Digit || (kind === Kind.Upper && end > from)) run.code = true;
    }
    const joiner = text.charCodeAt(end);
    if (end + 1 < limit && (isApostrophe(joiner) || isHyphen(joiner)) && kindOf(text.charCodeAt(end + 1)) !== Kind.Other) {
      run.joined = true;
      end++;
    } else break;
  }
  run.end = end;
}

/**
 * The words to check in one line, in order. `sentenceStart` says whether the line
 * starts a sentence (a capitalised first word is then a word, not a name).
 */
export function lineWords(line: string, lang: Lang, sentenceStart = true): WordToken[] {
  return wordsIn(line, 0, line.length, lang, sentenceStart);
}

/**
 * The words of the line of `text` from `from` to `to`, their offsets from `from`. Reading
 * the document's text in place, not a copy of the line, keeps the engine's fastest
 * access to characters (it reads a copied line through a reference: three times slower).
 */
export function wordsIn(text: string, from: number, to: number, lang: Lang, sentenceStart = true): WordToken[] {
  const words: WordToken[] = [];
  const run: Run = { end: 0, code: false, capital: false, joined: false };
  let atStart = sentenceStart;
  let at = from;
  while (at < to) {
    if (isSpace(text.charCodeAt(at))) {
      at++;
      continue;
    }
    const chunk = chunkEnd(text, at, to);
    if (chunk < 0) {
      at = -chunk;
      atStart = false;
      continue;
    }
    const end = chunk;
    while (at < end) {
      const code = text.charCodeAt(at);
      if (kindOf(code) === Kind.Other) {
        if (SENTENCE_END.has(code)) atStart = true;
        at++;
        continue;
      }
      scanRun(text, at, end, run);
      // Codes, labels, acronyms and joined names are no words; nor is a capitalised word
      // inside a sentence (a name), nor a Welsh clitic after an apostrophe ("'r").
      const name = run.capital && !atStart;
      const clitic = lang === 'cy' && at > from && isApostrophe(text.charCodeAt(at - 1)) && CLITICS.has(text.slice(at, run.end).toLowerCase());
      if (!run.code && !name && !clitic && run.end - at > 1) {
        if (run.joined) addJoined(words, text.slice(at, run.end), at - from, lang);
        else words.push({ start: at - from, end: run.end - from, word: text.slice(at, run.end) });
      }
      atStart = false;
      at = run.end;
    }
  }
  return words;
}

/** Splits a joined run at apostrophes (clitics) and hyphens (compounds) and keeps what is a word. */
function addJoined(words: WordToken[], run: string, offset: number, lang: Lang): void {
  for (const piece of splitApostrophes(run, lang)) {
    const start = offset + piece.start;
    const text = piece.word.replace(/['’ʼ]/g, "'");
    if (text.length < 2) continue;
    const parts = text.split(/[-‐‑]/);
    if (parts.length === 1) {
      words.push({ start, end: start + text.length, word: text });
      continue;
    }
    const kept: WordPart[] = [];
    let partStart = start;
    for (const part of parts) {
      if (part.length > 1) kept.push({ start: partStart, end: partStart + part.length, word: part });
      partStart += part.length + 1;
    }
    words.push({ start, end: start + text.length, word: text, parts: kept });
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
