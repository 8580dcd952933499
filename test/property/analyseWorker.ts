// The worker side of isolated.ts: analyses each text it is sent, fixes and outlines it,
// and answers with the number of findings or the error thrown.

import { parentPort } from 'node:worker_threads';
import { exercise } from './exercise';

parentPort!.on('message', (text: string) => {
  try {
    parentPort!.postMessage({ findings: exercise(text) });
  } catch (error) {
    parentPort!.postMessage({ error: error instanceof Error ? error.stack : String(error) });
  }
});
