// A spelling worker thread: loads one language's dictionary when started, then answers
// the requests of protocol.ts in order.

import { parentPort, workerData } from 'node:worker_threads';
import type { Lang } from '../core/types';
import { loadDictionary } from './hunspell';
import type { CheckRequest, WorkerAnswer } from './protocol';

const { lang, bundleDir } = workerData as { lang: Lang; bundleDir?: string };
const port = parentPort!;
const answer = (message: WorkerAnswer) => port.postMessage(message);
const loading = loadDictionary(lang, bundleDir);

port.on('message', async ({ check, suggest }: CheckRequest) => {
  try {
    const dictionary = await loading;
    const checked = check.map((word): [string, boolean] => [word, dictionary.correct(word)]);
    answer({ checked });
    const wrong = checked.filter(([, correct]) => !correct).map(([word]) => word);
    if (suggest && wrong.length) answer({ suggested: wrong.map((word) => [word, dictionary.suggest(word)]) });
  } catch (error) {
    answer({ failed: String(error instanceof Error ? error.message : error) });
  }
});
