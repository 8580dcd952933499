// The worker threads of `nos check`: each reads and analyses the drafts it is handed
// (checkWorker.ts) while the main thread walks the folders and writes the results.
// A worker that stops (a crash, memory exhausted) costs the drafts it held a one-line
// problem each, never the run: the others go on, in a new worker if need be.

import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { Lang } from '../core';
import { describe } from './errors';
import { bilingual } from '../core/messages/message';
import { CLI, type Reason } from './messages';
import type { WordsAnswer, WordsQuestion } from './poolSpelling';
import type { DraftResult, DraftTask } from './poolTask';

export type ToWorker = { id: number; task: DraftTask } | { answer: WordsAnswer };
/** `result`: a DraftResult as JSON. */
export type FromWorker = { ready: true } | { done: number; result: string } | { ask: WordsQuestion };

/**
 * Drafts a worker holds at once: it analyses one while another waits for spelling verdicts,
 * and has more to do while the main thread, busy writing, has not yet handed it another.
 */
const PER_WORKER = 8;

/** More workers than this would only exhaust memory (each has its own V8 instance, 30 MB or more). */
const MAX_WORKERS = 64;

/** `NOS_WORKERS`, when it is a whole number: how many worker threads check drafts (0: none, the main thread does). */
export function workersGiven(env: NodeJS.ProcessEnv = process.env): number | undefined {
  const given = env.NOS_WORKERS?.trim();
  return given && /^\d+$/.test(given) ? Math.min(Number(given), MAX_WORKERS) : undefined;
}

/** One worker per core, and none on a single core, where a worker would only add the cost of handing drafts over. */
export function defaultWorkers(): number {
  const cores = availableParallelism();
  return cores > 1 ? cores : 0;
}

/** The worker's file: beside the bundle, or the TypeScript source run through tsx. */
function startWorker(): Worker {
  if (__filename.endsWith('.ts')) return new Worker(join(__dirname, 'checkWorker.ts'), { execArgv: ['--require', require.resolve('tsx/cjs')] });
  return new Worker(join(__dirname, 'checkWorker.js'));
}

interface Queued {
  task: DraftTask;
  resolve(result: DraftResult | Promise<DraftResult>): void;
  /** Held by a worker that stopped with another draft: checked again, alone, so that only the draft at fault fails. */
  again: boolean;
}

interface Running {
  worker: Worker;
  /** The worker has loaded and said so: one that stops before cannot start at all. */
  ready: boolean;
  tasks: Map<number, Queued>;
  /** Holds a draft checked again, and nothing else meanwhile. */
  alone: boolean;
  error?: Reason;
}

/** What the main thread does for the pool. */
export interface PoolOptions {
  /** The run's language, of the notice that workers cannot start. */
  lang: Lang;
  /** Checks a draft on the main thread. */
  here(task: DraftTask): Promise<DraftResult>;
  /** The main thread's spelling verdicts on a worker's words. */
  answer(question: WordsQuestion): Promise<WordsAnswer>;
  /** Starts a worker: the bundle's, unless a test gives another. */
  start?: () => Worker;
}

export class CheckPool {
  private readonly queue: Queued[] = [];
  private readonly running = new Set<Running>();
  private ids = 0;
  private closing = false;
  /** Why workers cannot start, once one could not: the drafts left are checked on the main thread. */
  private broken: Reason | null = null;

  constructor(private readonly size: number, private readonly main: PoolOptions) {}

  check(task: DraftTask): Promise<DraftResult> {
    return new Promise((resolve) => {
      this.queue.push({ task, resolve, again: false });
      this.dispatch();
    });
  }

  async close(): Promise<void> {
    this.closing = true;
    await Promise.all([...this.running].map(({ worker }) => worker.terminate()));
  }

  private dispatch(): void {
    while (this.queue.length) {
      const next = this.queue[0];
      if (this.broken !== null) {
        this.queue.shift();
        next.resolve(this.main.here(next.task));
        continue;
      }
      const running = this.free(next.again);
      if (!running) return;
      this.queue.shift();
      const id = this.ids++;
      running.tasks.set(id, next);
      running.alone = next.again;
      running.worker.postMessage({ id, task: next.task } satisfies ToWorker);
    }
  }

  /** The least busy worker that can take a draft (an idle one for a draft checked again), or a new one. */
  private free(again: boolean): Running | undefined {
    let best: Running | undefined;
    for (const running of this.running) {
      if (running.alone || running.tasks.size >= (again ? 1 : PER_WORKER)) continue;
      if (!best || running.tasks.size < best.tasks.size) best = running;
    }
    if ((!best || best.tasks.size > 0) && this.running.size < this.size) return this.spawn();
    return best;
  }

  private spawn(): Running {
    const running: Running = { worker: (this.main.start ?? startWorker)(), ready: false, tasks: new Map(), alone: false };
    running.worker.on('message', (message: FromWorker) => this.receive(running, message));
    running.worker.on('error', (error) => (running.error = describe(error)));
    running.worker.on('exit', (code) => this.exited(running, code));
    this.running.add(running);
    return running;
  }

  private receive(running: Running, message: FromWorker): void {
    if ('ready' in message) {
      running.ready = true;
    } else if ('ask' in message) {
      void this.main.answer(message.ask).then((answer) => running.worker.postMessage({ answer } satisfies ToWorker));
    } else {
      const queued = running.tasks.get(message.done)!;
      running.tasks.delete(message.done);
      running.alone = false;
      queued.resolve(JSON.parse(message.result) as DraftResult);
      this.dispatch();
    }
  }

  private exited(running: Running, code: number): void {
    this.running.delete(running);
    if (this.closing) return;
    const reason = running.error ?? bilingual(CLI.workerStopped, { code });
    if (!running.ready && this.broken === null) {
      this.broken = reason;
      process.stderr.write(`nos: ${bilingual(CLI.workersCannotStart, { reason })[this.main.lang]}\n`);
    }
    for (const queued of running.tasks.values()) {
      if (this.broken !== null) queued.resolve(this.main.here(queued.task));
      else if (queued.again || running.tasks.size === 1) queued.resolve({ problem: bilingual(CLI.internalError, { reason })[queued.task.lang] });
      else this.queue.unshift({ ...queued, again: true });
    }
    this.dispatch();
  }
}
