// Writing to stdout without queueing: a long run waits for a slow reader instead of buffering.

import { once } from 'node:events';

export async function write(chunk: string | Uint8Array): Promise<void> {
  if (!process.stdout.write(chunk)) await once(process.stdout, 'drain');
}
