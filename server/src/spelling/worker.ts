// A spelling process (forked by spellingProcess.ts; arguments: language, bundle folder):
// loads one language's dictionary as soon as it starts, then answers the requests of
// protocol.ts in order over the IPC channel. It lives as long as that channel: when the
// server or the CLI ends, however it ends, the channel closes and so does this process.

import type { Lang } from '../core/types';
import { loadDictionary } from './hunspell';
import type { SpellRequest, WorkerAnswer } from './protocol';

if (!process.send) throw new Error('the spelling process is started by the server or `nos`, with an IPC channel');
process.on('disconnect', () => process.exit(0));

const [lang, bundleDir] = process.argv.slice(2) as [Lang, string | undefined];
const answer = (message: WorkerAnswer) => {
  if (process.connected) process.send!(message);
};
const loading = loadDictionary(lang, bundleDir);
// A failure is answered to the first request, not left to end the process as unhandled.
loading.catch(() => undefined);

process.on('message', async (request: SpellRequest) => {
  try {
    const dictionary = await loading;
    if ('check' in request) answer({ checked: request.check.map((word) => [word, dictionary.correct(word)]) });
    else answer({ suggested: request.suggest.map((word) => [word, dictionary.suggest(word)]) });
  } catch (error) {
    answer({ failed: String(error instanceof Error ? error.message : error) });
  }
});
