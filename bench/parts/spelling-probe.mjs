// One language's spelling worker, measured in a fresh process (spelling.mjs runs it):
// from starting the worker to its first answer (loading the dictionary, then checking
// every word of a draft), the suggestions for the words it does not know, and what the
// process holds afterwards beside what it held before.

import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';

const [lang, draftFile, dist] = process.argv.slice(2);
const words = [...new Set(readFileSync(draftFile, 'utf8').match(/[\p{L}]+/gu))];
global.gc?.();
const before = process.memoryUsage();
const start = performance.now();
const worker = new Worker(path.join(dist, 'spellWorker.mjs'), { workerData: { lang, bundleDir: dist } });
const result = { lang, words: words.length };
worker.on('message', (answer) => {
  if ('failed' in answer) throw new Error(answer.failed);
  if ('checked' in answer) {
    result.firstAnswerMs = performance.now() - start;
    result.unknown = answer.checked.filter(([, correct]) => !correct).length;
    if (result.unknown) return;
  } else {
    result.suggestionsMs = performance.now() - start - result.firstAnswerMs;
  }
  global.gc?.();
  const after = process.memoryUsage();
  result.rssMB = (after.rss - before.rss) / 2 ** 20;
  result.heapMB = (after.heapUsed - before.heapUsed) / 2 ** 20;
  console.log(JSON.stringify(result));
  void worker.terminate();
});
worker.postMessage({ check: words, suggest: true });
