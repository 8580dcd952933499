// A worker thread of the check pool (pool.ts): checks the drafts it is handed, each as
// the main thread would, and asks the main thread for spelling verdicts.

import { parentPort } from 'node:worker_threads';
import { createNosService } from '../core';
import type { FromWorker, ToWorker } from './pool';
import { AskingSpeller } from './poolSpelling';
import { checkDraft } from './poolTask';

const port = parentPort!;
const send = (message: FromWorker) => port.postMessage(message);
const lookup = new AskingSpeller((ask) => send({ ask }));
const spelling = lookup.spelling(createNosService({ spelling: lookup }));

port.on('message', async (message: ToWorker) => {
  if ('answer' in message) return lookup.answered(message.answer);
  // As JSON text: copying a draft's thousands of small finding objects to the main thread
  // costs more than writing and reading them as text (a seventh of the run's time).
  send({ done: message.id, result: JSON.stringify(await checkDraft(message.task, spelling)) });
});
send({ ready: true });
