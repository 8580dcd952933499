// `nos report`: one page (or JSON document) about a whole suite. Standards are read and
// checked one at a time; what each contributes is written out at once (HTML rows and
// sections to two scratch files beside the output, JSON straight to it), so memory
// holds only the totals however many standards there are.

import { closeSync, openSync, readSync, rmSync, writeSync } from 'node:fs';
import type { Lang } from '../../core';
import type { CliConfig } from '../config';
import { UsageError } from '../errors';
import { inputFiles } from '../files';
import type { Reason } from '../messages';
import { Outcome } from '../outcome';
import { factsOf } from '../../core/suite/facts';
import { LocalSpelling } from '../poolSpelling';
import { loadSpelled } from '../poolTask';
import { loadDraft } from '../read';
import { namesAFolder, SuiteRun, uriOf } from '../suite';
import { standardOf, Totals, type Standard } from './figures';
import { localise, PAGE_END, pageHead, pageMiddle, standardSection, tableRow } from './html';
import { jsonStandard, jsonSummary } from './json';

export interface ReportOptions {
  format: 'html' | 'json';
  /** The configuration files and the options given, as `nos check` reads them. */
  config: CliConfig;
  /** The page's language; with `auto`, the one most standards are written in. */
  language: Lang | 'auto';
  /** The run's language, of its problems on stderr (the page's is the drafts'). */
  lang: Lang;
  /** Where to write; JSON may go to stdout. */
  output: string | undefined;
}

const CHUNK = 1 << 16;

/** Writes strings to a file descriptor through a buffer, a block at a time. */
class Sink {
  private pending: string[] = [];
  private size = 0;
  constructor(readonly fd: number) {}

  write(text: string): void {
    this.pending.push(text);
    this.size += text.length;
    if (this.size >= CHUNK) this.flush();
  }

  flush(): void {
    if (this.pending.length) writeSync(this.fd, this.pending.join(''));
    this.pending = [];
    this.size = 0;
  }
}

/** Copies a scratch file into the page, its placeholders in the page's language. */
function copyLocalised(from: string, to: Sink, lang: Lang): void {
  const fd = openSync(from, 'r');
  const buffer = Buffer.alloc(CHUNK);
  const decoder = new TextDecoder();
  let carry = '';
  try {
    for (let read = readSync(fd, buffer); read > 0; read = readSync(fd, buffer)) {
      const text = carry + decoder.decode(buffer.subarray(0, read), { stream: true });
      // A placeholder cut by the end of the block waits for the rest of it.
      const open = text.lastIndexOf('\u0001');
      const cut = open >= 0 && text.indexOf('\u0002', open) < 0 ? open : text.length;
      to.write(localise(text.slice(0, cut), lang));
      carry = text.slice(cut);
    }
    to.write(localise(carry + decoder.decode(), lang));
  } finally {
    closeSync(fd);
  }
}

/**
 * A folder's drafts as a suite, as `nos check` reads them: a first pass keeps what the suite
 * checks read of each draft (its facts), so that the standards can still be written out one
 * at a time. Its problems are the second pass's to report.
 */
async function suiteOf(paths: readonly string[], config: CliConfig): Promise<SuiteRun | null> {
  if (!namesAFolder(paths)) return null;
  const suite = new SuiteRun();
  const quiet = () => undefined;
  for (const path of inputFiles(paths, quiet, (dir) => config.listedIn(dir))) {
    const options = await config.optionsFor(path, quiet);
    const loaded = options && loadDraft(path, options, quiet);
    if (loaded) suite.add(path, loaded.analysis.doc.language, factsOf(loaded.analysis.doc), options, await config.twinOf(path));
  }
  return suite;
}

/** Each standard with the findings `nos check` gives it: spelling, and on a folder the suite checks', included. */
async function* standards(paths: readonly string[], options: ReportOptions, totals: Totals, outcome: Outcome): AsyncGenerator<Standard> {
  const problem = (path: string, reason: Reason) => {
    totals.unread++;
    outcome.problem(path, reason);
  };
  const { config } = options;
  const suite = await suiteOf(paths, config);
  const spelling = new LocalSpelling(options.lang);
  for (const path of inputFiles(paths, problem, (dir) => config.listedIn(dir))) {
    const analyseOptions = await config.optionsFor(path, problem);
    const loaded = analyseOptions && (await loadSpelled(path, analyseOptions, spelling.drafts, problem));
    if (!loaded) continue;
    const { analysis } = loaded;
    const findings = suite ? suite.findingsOf(uriOf(path), analysis.findings) : analysis.findings;
    const standard = standardOf(totals.standards + 1, path, { ...analysis, findings });
    totals.add(standard);
    yield standard;
  }
}

async function htmlReport(paths: readonly string[], options: ReportOptions, output: string, outcome: Outcome): Promise<void> {
  const totals = new Totals();
  const scratch = [`${output}.rows.tmp`, `${output}.sections.tmp`];
  const [rows, sections] = scratch.map((file) => new Sink(openSync(file, 'w')));
  try {
    for await (const standard of standards(paths, options, totals, outcome)) {
      rows.write(tableRow(standard));
      sections.write(standardSection(standard));
    }
    for (const sink of [rows, sections]) {
      sink.flush();
      closeSync(sink.fd);
    }
    const lang = options.language === 'auto' ? totals.language : options.language;
    const page = new Sink(openSync(output, 'w'));
    try {
      page.write(pageHead(totals, lang));
      copyLocalised(scratch[0], page, lang);
      page.write(pageMiddle(lang));
      copyLocalised(scratch[1], page, lang);
      page.write(PAGE_END);
      page.flush();
    } finally {
      closeSync(page.fd);
    }
  } finally {
    for (const file of scratch) rmSync(file, { force: true });
  }
}

async function jsonReport(paths: readonly string[], options: ReportOptions, output: string | undefined, outcome: Outcome): Promise<void> {
  const totals = new Totals();
  const sink = new Sink(output === undefined ? 1 : openSync(output, 'w'));
  try {
    sink.write('{"standards":[');
    for await (const standard of standards(paths, options, totals, outcome)) {
      sink.write(`${standard.number > 1 ? ',' : ''}\n${jsonStandard(standard)}`);
    }
    const lang = options.language === 'auto' ? totals.language : options.language;
    sink.write(`\n],\n${jsonSummary(totals, lang)}}\n`);
    sink.flush();
  } finally {
    if (output !== undefined) closeSync(sink.fd);
  }
}

export async function report(paths: readonly string[], options: ReportOptions): Promise<number> {
  const outcome = new Outcome(options.lang);
  if (options.format === 'html') {
    if (options.output === undefined) throw new UsageError('report: give the page to write with -o, e.g. -o report.html');
    await htmlReport(paths, options, options.output, outcome);
  } else {
    await jsonReport(paths, options, options.output, outcome);
  }
  return outcome.exitCode;
}
