// Runs `exercise` in a worker thread, so that a hang (a regular expression backtracking
// over a 1 MB line) fails its test instead of blocking mocha, which cannot interrupt
// synchronous code.

import * as path from 'node:path';
import { Worker } from 'node:worker_threads';

/** Twenty times what the inputs take (under half a second each): only a hang reaches it. */
export const HANG_MS = 10_000;

type Answer = { findings: number } | { error: string };

let worker: Worker | null = null;

function start(): Worker {
  const loader = JSON.stringify(require.resolve('tsx/cjs'));
  const script = JSON.stringify(path.join(__dirname, 'analyseWorker.ts'));
  return new Worker(`require(${loader}); require(${script});`, { eval: true });
}

/** The number of findings of `text`; rejects with the error thrown, or after HANG_MS. */
export function exerciseIsolated(text: string): Promise<number> {
  const current = (worker ??= start());
  return new Promise((resolve, reject) => {
    const settle = (outcome: () => void) => {
      clearTimeout(timer);
      current.off('message', onMessage).off('error', onError);
      outcome();
    };
    const onMessage = (answer: Answer) => settle(() => ('error' in answer ? reject(new Error(answer.error)) : resolve(answer.findings)));
    const onError = (error: Error) => {
      void stopWorker();
      settle(() => reject(error));
    };
    const timer = setTimeout(() => {
      void stopWorker();
      settle(() => reject(new Error(`no answer after ${HANG_MS / 1000} s for ${text.length} characters starting ${JSON.stringify(text.slice(0, 60))}`)));
    }, HANG_MS);
    current.on('message', onMessage).on('error', onError);
    current.postMessage(text);
  });
}

export async function stopWorker(): Promise<void> {
  const current = worker;
  worker = null;
  await current?.terminate();
}
