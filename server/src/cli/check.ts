// `nos check`: report findings per file in the chosen format, streamed file by file.

import { statSync } from 'node:fs';
import { Severity, type AnalyseOptions, type Lang } from '../core';
import type { DiagnosticEncoder } from '../shared/diagnostic';
import type { CliConfig } from './config';
import { inputFiles } from './files';
import { CHECK_FORMATS, type CheckFormatName } from './formats';
import type { CheckedFile } from './formats/format';
import { bilingual } from '../core/messages/message';
import { CLI, type Reason } from './messages';
import { Outcome } from './outcome';
import { write } from './output';
import { CheckPool, defaultWorkers, workersGiven } from './pool';
import { inOrder, lookAhead } from './poolOrder';
import { LocalSpelling } from './poolSpelling';
import { checkDraft, type DraftResult, type DraftTask } from './poolTask';
import { namesAFolder, SuiteRun } from './suite';
import { Tally } from './tally';

export interface CheckOptions {
  format: CheckFormatName;
  config: CliConfig;
  encoder: DiagnosticEncoder;
  /** The run's language: of its problems and notices, the summary line, and rule descriptions in SARIF. */
  lang: Lang;
  /** More warnings than this fail the run (exit status 1). */
  maxWarnings?: number;
  /** False (`--no-workspace`): no suite checks, even on a folder. */
  workspace?: boolean;
}

/** Drafts whose findings a suite run holds until the suite is checked (about 40 KB each); later ones are checked again. */
const HELD = 2000;
/**
 * Runs of fewer bytes of drafts than this are checked on the main thread unless NOS_WORKERS
 * says otherwise: the workers' own costs (starting and warming up, their garbage collection
 * and compilation, each draft's findings handed over: a quarter more CPU time in all) outweigh
 * what they save. Two workers on two cores gain from about 20 MB (3,700 drafts of the usual
 * 5.4 KB); more cores leave more to gain.
 */
function poolFromBytes(workers: number): number {
  return workers > 2 ? 2_000_000 : 20_000_000;
}
/** Drafts handed to the pool and not yet written, per worker: enough that none waits while one slow draft holds up the output. */
const WINDOW_PER_WORKER = 16;

/** A draft to check, with its configuration, or a problem met on the way to it, reported in its turn. */
type Job = { problem: [path: string, reason: Reason] } | { path: string; options: AnalyseOptions; twin?: string };

/** What the walk and the configuration yield, in order: problems are held until the draft after them is yielded. */
async function* jobs(paths: readonly string[], config: CliConfig, suite: boolean): AsyncGenerator<Job> {
  const problems: Array<[string, Reason]> = [];
  const problem = (path: string, reason: Reason) => problems.push([path, reason]);
  const reported = function* (): Generator<Job> {
    for (const found of problems.splice(0)) yield { problem: found };
  };
  for (const path of inputFiles(paths, problem, (dir) => config.listedIn(dir))) {
    yield* reported();
    const options = await config.optionsFor(path, problem);
    yield* reported();
    if (options) yield { path, options, ...(suite && { twin: await config.twinOf(path) }) };
  }
  yield* reported();
}

/** A draft of a suite run, waiting for the suite's findings. */
interface Waiting {
  path: string;
  uri: string;
  options: AnalyseOptions;
  /** Its own findings, unless beyond the HELD drafts. */
  found: DraftResult | null;
}

async function* each<T>(items: readonly T[]): AsyncGenerator<T> {
  yield* items;
}

/** A draft's size, to weigh the run; one that cannot be read weighs nothing (its problem is reported in its turn). */
function bytesOf(path: string): number {
  try {
    return statSync(path).size;
  } catch {
    return 0;
  }
}

interface Checker {
  check(task: DraftTask): Promise<DraftResult>;
  /** Drafts under way at once. */
  window: number;
  close(): Promise<void>;
}

/**
 * The pool, unless NOS_WORKERS is 0 or, without it, the run is too small for it (`bytes`:
 * those read ahead); else the main thread. Either way the main thread's dictionaries spell.
 */
function checkerFor(bytes: number, given: number | undefined, lang: Lang): Checker {
  const spelling = new LocalSpelling(lang);
  const here = (task: DraftTask) => checkDraft(task, spelling.drafts);
  const workers = defaultWorkers();
  const size = given ?? (bytes < poolFromBytes(workers) ? 0 : workers);
  if (size === 0) return { check: here, window: 1, close: async () => undefined };
  const pool = new CheckPool(size, { lang, here, answer: (question) => spelling.answer(question) });
  return { check: (task) => pool.check(task), window: size * WINDOW_PER_WORKER, close: () => pool.close() };
}

export async function check(paths: readonly string[], options: CheckOptions): Promise<number> {
  const outcome = new Outcome(options.lang);
  const tally = new Tally();
  const writer = CHECK_FORMATS[options.format]({ encoder: options.encoder, lang: options.lang });
  const written = async (checked: CheckedFile) => {
    if (checked.findings.some((f) => f.severity === Severity.Error)) outcome.foundError();
    await write(writer.file(checked, tally.files));
    tally.add(checked.findings);
  };
  // On a folder the suite rules need every draft before any can be written out: the
  // drafts' findings wait (not their models; beyond HELD drafts, not even their findings,
  // which are found again), then are written file by file. Otherwise each draft's findings
  // are written as soon as those before it are, so memory stays flat on big trees.
  const suite = options.workspace !== false && namesAFolder(paths) ? new SuiteRun() : null;
  const waiting: Waiting[] = [];
  await write(writer.begin());
  const given = workersGiven();
  const enough = given === undefined ? poolFromBytes(defaultWorkers()) : 0;
  const { ahead, all } = await lookAhead(jobs(paths, options.config, suite !== null), enough, (job) => ('path' in job ? bytesOf(job.path) : 0));
  const checker = checkerFor(ahead, given, options.lang);
  const safeFixes = writer.safeFixes === true;
  try {
    const draft = async (job: Job) => ({ job, found: 'path' in job ? await checker.check({ path: job.path, options: job.options, lang: options.lang, facts: suite !== null, safeFixes }) : null });
    for await (const { job, found } of inOrder(all, draft, checker.window)) {
      if ('problem' in job) outcome.problem(...job.problem);
      else if (found && 'problem' in found) outcome.problem(job.path, found.problem);
      else if (found && suite) {
        const uri = suite.add(job.path, found.language, found.facts!, job.options, job.twin);
        waiting.push({ found: waiting.length < HELD ? found : null, path: job.path, uri, options: job.options });
      } else if (found) await written({ path: job.path, language: found.language, findings: found.findings });
    }
    // The suite's drafts, those whose findings were not held checked again.
    const again = async (wait: Waiting) => ({ ...wait, found: wait.found ?? (await checker.check({ path: wait.path, options: wait.options, lang: options.lang, facts: false, safeFixes })) });
    for await (const { path, uri, found } of inOrder(each(waiting), again, checker.window)) {
      if ('problem' in found) outcome.problem(path, found.problem);
      else await written({ path, language: found.language, findings: suite!.findingsOf(uri, found.findings) });
    }
  } finally {
    await checker.close();
  }
  await write(writer.end(tally));
  if (options.maxWarnings !== undefined && tally.warnings > options.maxWarnings) {
    outcome.tooManyWarnings(bilingual(CLI.tooManyWarnings, { count: tally.warnings, max: options.maxWarnings }));
  }
  return outcome.exitCode;
}
