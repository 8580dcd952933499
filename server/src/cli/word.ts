// `nos import draft.docx [-o out.nos.txt]` and `nos export draft.nos.txt [-o draft.docx]`.
// Without -o the result goes beside the input, named after it, and never over an existing
// file; -o names the file to write (replaced if it exists) or `-` for stdout. An imported
// draft is checked at once, its findings listed as `nos check` lists them.

import { randomBytes } from 'node:crypto';
import { closeSync, openSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { languageFor, Severity, type Lang } from '../core';
import type * as Word from '../word';
import { MAX_PACKAGE_BYTES } from '../word/limits';
import { WORD } from '../word/messages';
import type { CliConfig } from './config';
import { describe, InputError, UsageError } from './errors';
import { textLine } from './formats/text';
import { bilingual } from '../core/messages/message';
import { CLI } from './messages';
import { Outcome } from './outcome';
import { write } from './output';
import { loadDraft } from './read';
import { unreadable } from './readBytes';
import { service } from './service';
import { printable } from './terminal';

export interface WordOptions {
  /** The file to write, `-` for stdout; beside the input when not given. */
  output: string | undefined;
  config: CliConfig;
  /** Language of the command's own messages. */
  lang: Lang;
}

/**
 * The conversions, from their own bundle beside this one (dist/word.js), so that the other
 * commands never load mammoth and docx.
 */
function conversions(): typeof Word {
  return require(join(__dirname, 'word.js')) as typeof Word;
}

const DRAFT_EXTENSION = /(\.nos\.txt|\.nos\.md|\.nos|\.txt|\.md)$/i;

/** "draft.docx" → "draft.nos.txt", "draft.nos.txt" → "draft.docx". */
function besideInput(path: string, extension: string, from: RegExp): string {
  return join(dirname(path), basename(path).replace(from, '') + extension);
}

function onlyFile(paths: readonly string[], refusal: { en: string; cy: string }, lang: Lang): string {
  if (paths.length !== 1) throw new UsageError(refusal[lang]);
  return paths[0];
}

/** A .docx's bytes, from a regular file of a size a draft can have. */
function readPackageFile(path: string): Buffer {
  let size: number;
  try {
    const stats = statSync(path);
    if (!stats.isFile()) throw new InputError(stats.isDirectory() ? CLI.reasons.EISDIR : bilingual(CLI.notRegular, {}));
    size = stats.size;
  } catch (error) {
    throw error instanceof InputError ? error : new InputError(unreadable(path, error));
  }
  if (size > MAX_PACKAGE_BYTES) throw new InputError(bilingual(WORD.tooLarge, { mb: MAX_PACKAGE_BYTES >> 20 }));
  try {
    return readFileSync(path);
  } catch (error) {
    throw new InputError(describe(error));
  }
}

/** Writes a new file, or with `replace` puts it in place of the old one at once (a temporary file renamed). */
function writeResult(target: string, data: Uint8Array, replace: boolean): void {
  if (!replace) {
    let fd: number;
    try {
      fd = openSync(target, 'wx', 0o666);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      throw new InputError(code === 'EEXIST' ? WORD.exists : describe(error));
    }
    try {
      writeFileSync(fd, data);
    } finally {
      closeSync(fd);
    }
    return;
  }
  const temp = join(dirname(target), `.nos-word-${randomBytes(6).toString('hex')}.tmp`);
  try {
    writeFileSync(temp, data, { flag: 'wx', mode: 0o666 });
    renameSync(temp, target);
  } catch (error) {
    rmSync(temp, { force: true });
    throw new InputError(describe(error));
  }
}

async function deliver(target: string, data: Uint8Array, options: WordOptions): Promise<void> {
  if (target === '-') return write(data);
  writeResult(target, data, options.output !== undefined);
  process.stderr.write(printable(`nos: ${WORD.written[options.lang]({ path: target })}`) + '\n');
}

export async function importCommand(paths: readonly string[], options: WordOptions): Promise<number> {
  const path = onlyFile(paths, WORD.importOneFile, options.lang);
  const outcome = new Outcome(options.lang);
  const target = options.output ?? besideInput(path, '.nos.txt', /\.docx$/i);
  const { importDocx, WordError } = conversions();
  let text: string;
  try {
    text = await importDocx(readPackageFile(path));
  } catch (error) {
    if (!(error instanceof WordError || error instanceof InputError)) throw error;
    outcome.problem(path, error instanceof WordError ? error.text(options.lang) : error.reason);
    return outcome.exitCode;
  }
  try {
    await deliver(target, Buffer.from(text, 'utf8'), options);
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    outcome.problem(target, error.reason);
    return outcome.exitCode;
  }
  // Checked as `nos check` would check the written file; beside the text on stdout, on stderr.
  const shown = target === '-' ? path : target;
  const analyseOptions = await options.config.optionsFor(target === '-' ? path : target, outcome.problem);
  if (!analyseOptions) return outcome.exitCode;
  const { findings } = service.analyse(text, { ...analyseOptions, language: languageFor(analyseOptions.language ?? 'auto', shown) });
  const report = findings.map((finding) => textLine(shown, finding) + '\n').join('');
  if (target === '-') process.stderr.write(report);
  else await write(report);
  if (findings.some((finding) => finding.severity === Severity.Error)) outcome.foundError();
  return outcome.exitCode;
}

export async function exportCommand(paths: readonly string[], options: WordOptions): Promise<number> {
  const path = onlyFile(paths, WORD.exportOneFile, options.lang);
  const outcome = new Outcome(options.lang);
  const analyseOptions = await options.config.optionsFor(path, outcome.problem);
  const loaded = analyseOptions && loadDraft(path, analyseOptions, outcome.problem);
  if (!loaded) return outcome.exitCode;
  const target = options.output ?? besideInput(path, '.docx', DRAFT_EXTENSION);
  try {
    await deliver(target, await conversions().exportDocx(loaded.analysis.doc), options);
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    outcome.problem(target, error.reason);
  }
  return outcome.exitCode;
}
