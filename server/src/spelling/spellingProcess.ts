// A language's spelling process (worker.ts), forked with an IPC channel: its own V8 instance
// and dictionary, so the server's memory is its own. No stdin or stdout (the server's stdout
// may be its LSP channel); its stderr is kept, the last of it, to say why it ended.

import { fork, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import type { Bilingual, Lang } from '../core/types';
import { bilingual } from '../core/messages/message';
import { SPELLING_MESSAGES } from './messages';
// Node options of the spelling process, never the server's own (an inspector port would
// clash). Its V8 heap is small (about 11 MB; Hunspell's WebAssembly memory is 20 MB): what
// these options save is elsewhere. `--single-threaded`: no V8 helper threads, whose arenas
// took a fifth of its peak memory, at the same speed (its requests come one at a time
// anyway). `--liftoff-only`: Hunspell's WebAssembly compiled once by the baseline compiler,
// never again by the optimising one: 10-20 MB less at the peak, for suggestions taking up to
// a third more CPU time (they come after the verdicts, off any keystroke's path).
import NODE_OPTIONS from './nodeOptions.json';

/** How much of the process's stderr is kept. */
const STDERR_TAIL = 2000;

export interface SpellingProcess {
  readonly child: ChildProcess;
  /** The end of what it wrote to stderr. */
  stderr(): string;
}

/** The worker beside the bundle (spellWorker.mjs), or the TypeScript source run through tsx. */
export function startSpellingProcess(lang: Lang, file?: string): SpellingProcess {
  const source = __filename.endsWith('.ts');
  const child = fork(file ?? join(__dirname, source ? 'worker.ts' : 'spellWorker.mjs'), [lang, __dirname], {
    execArgv: source ? [...NODE_OPTIONS, '--require', require.resolve('tsx/cjs')] : NODE_OPTIONS,
    serialization: 'advanced',
    stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
  });
  let tail = '';
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => (tail = (tail + chunk).slice(-STDERR_TAIL)));
  return { child, stderr: () => tail };
}

/**
 * Whether the process keeps this one alive: only while an answer is owed, so that `nos`
 * ends when it is done (the channel and the stderr pipe hold the event loop too).
 */
export function hold(worker: SpellingProcess, held: boolean): void {
  const { child } = worker;
  // The stderr pipe is a socket, which has ref() and unref() (its type says Readable).
  const handles = [child, child.channel, child.stderr as unknown as { ref(): void; unref(): void } | null];
  for (const handle of handles) {
    if (held) handle?.ref();
    else handle?.unref();
  }
}

/** Ends a process and resolves when it has. */
export function stop({ child }: SpellingProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  const ended = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill();
  return ended;
}

/** The line of Node's report of an uncaught error or a fatal one that says what it was. */
const ERROR_LINE = /^(?:\w*Error\b|FATAL ERROR)/;

/** Why a process that should still be running ended: its error on stderr, or how it exited. */
export function exitReason(worker: SpellingProcess, code: number | null, signal: NodeJS.Signals | null): Bilingual {
  const lines = worker.stderr().split('\n').map((line) => line.trim()).filter(Boolean);
  const said = lines.find((line) => ERROR_LINE.test(line)) ?? lines.at(-1);
  const how = signal ? bilingual(SPELLING_MESSAGES.ended, { signal }) : bilingual(SPELLING_MESSAGES.exited, { code });
  // What the process said is Node's, quoted as given.
  return said ? { en: `${how.en}: ${said}`, cy: `${how.cy}: ${said}` } : how;
}
