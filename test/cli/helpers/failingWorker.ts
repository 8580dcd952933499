// The check pool's worker, failing on purpose for drafts whose name says how: a worker
// that stops (`stop.nos.txt`) or throws outside any draft's check (`throw.nos.txt`).
// Every other draft is checked by the real worker, which this file loads after.

import { parentPort } from 'node:worker_threads';
import type { ToWorker } from '../../../server/src/cli/pool';

parentPort!.on('message', (message: ToWorker) => {
  if (!('task' in message)) return;
  if (message.task.path.endsWith('stop.nos.txt')) process.exit(7);
  // Thrown on the next tick, before the draft's check (asynchronous) can answer.
  if (message.task.path.endsWith('throw.nos.txt')) throw new Error('out of its mind');
});

require('../../../server/src/cli/checkWorker');
