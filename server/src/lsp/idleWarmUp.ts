// After start-up, whenever the writer pauses, the server opens the warm-up drafts again, one
// at a time, each as a document never seen: every section parsed and checked, every word
// read. A document opened later then runs code V8 has optimised. The start-up warm-up opens
// each draft once and types in it, which optimises what a keystroke runs but not a whole
// analysis. An open takes about a millisecond and waits for a quiet moment, so a keystroke
// or request rarely waits for one, and never for more.

import { createNosService, type SpellingLookup } from '../core';
import { warmUpDrafts } from '../core/warmUp';

/** How many opens: a hundred took a later open of draft 002 ×1 from 2.6-3.1 ms to 1.7-2.0 (forty, to 2.3-2.6). */
const OPENS = 100;
/** How long the server must have been left alone before an open. */
const QUIET_MS = 20;

export interface IdleWarmUp {
  /** The writer did something: the next open waits for a quiet moment. */
  busy(): void;
}

/**
 * Starts opening the drafts once the server has been quiet a moment. `lookup` gives each
 * open a spelling lookup of the kind documents use, dropped before the end of its turn so
 * that it starts no dictionary.
 */
export function warmUpWhileIdle(lookup: () => (SpellingLookup & { dispose(): Promise<void> }) | undefined): IdleWarmUp {
  const drafts = warmUpDrafts();
  let left = OPENS;
  let lastBusy = performance.now();
  const open = () => {
    const quietFor = performance.now() - lastBusy;
    if (quietFor < QUIET_MS) return later(open, QUIET_MS - quietFor);
    const trial = lookup();
    createNosService({ spelling: trial }).document('untitled:warm-up', drafts[left % drafts.length], { language: 'auto' }, 0);
    void trial?.dispose();
    if (--left > 0) later(open, 0);
  };
  later(open, QUIET_MS);
  return { busy: () => (lastBusy = performance.now()) };
}

/** A timer that does not keep the process alive on its own. */
function later(run: () => void, ms: number): void {
  const timer: unknown = setTimeout(run, ms);
  (timer as { unref?(): void }).unref?.();
}
