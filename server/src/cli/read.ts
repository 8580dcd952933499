// Reading a draft: bytes, decoding, and the analysis every command starts from.

import { languageFor, type AnalyseOptions, type Analysis } from '../core';
import { notUtf8, otherUnicode } from './encodings';
import { describe, InputError } from './errors';
import { bilingual } from '../core/messages/message';
import { CLI, type Reason } from './messages';
import { MAX_CHARACTERS, readBytes, TOO_LARGE } from './readBytes';
import { service } from './service';

export interface Draft {
  /** The text without its byte order mark, so positions match what editors show. */
  text: string;
  bom: boolean;
  /** The file as read, to notice changes made on disk before writing it back. */
  bytes: Buffer;
}

export interface Loaded {
  draft: Draft;
  analysis: Analysis;
}

const BOM = '\uFEFF';
const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** Throws InputError for unreadable, binary, non-UTF-8, huge or changing files. */
export function readDraft(path: string): Draft {
  const bytes = readBytes(path);
  let text: string;
  try {
    text = decoder.decode(bytes);
  } catch {
    // UTF-16 of letters outside Latin-1 has no NUL; its byte order mark still names it.
    const encoding = otherUnicode(bytes.subarray(0, 4));
    throw new InputError(encoding ? notUtf8(encoding) : CLI.notUtf8);
  }
  const bom = text.startsWith(BOM);
  const body = bom ? text.slice(1) : text;
  if (body.length > MAX_CHARACTERS) throw new InputError(TOO_LARGE);
  return { text: body, bom, bytes };
}

/** The draft's bytes for writing back, with the byte order mark it was read with. */
export function encodeDraft(text: string, bom: boolean): Buffer {
  return Buffer.from(bom ? BOM + text : text, 'utf8');
}

/** Reads and analyses one file, or reports why not and returns null. */
export function loadDraft(
  path: string,
  options: AnalyseOptions,
  problem: (path: string, reason: Reason) => void,
  analyse: (text: string, options: AnalyseOptions) => Analysis = service.analyse,
): Loaded | null {
  let draft: Draft;
  try {
    draft = readDraft(path);
  } catch (error) {
    problem(path, describe(error));
    return null;
  }
  try {
    // A language the file name declares ("draft.cy.nos.txt") when none is set.
    return { draft, analysis: analyse(draft.text, { ...options, language: languageFor(options.language ?? 'auto', path) }) };
  } catch (error) {
    // A checker bug on one draft should not stop a run over thousands.
    problem(path, bilingual(CLI.internalError, { reason: describe(error) }));
    return null;
  }
}
