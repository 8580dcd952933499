// Results in the order of their inputs while several are worked on at once: `nos check`
// hands drafts to worker threads and writes each draft's findings when its turn comes.

/**
 * `run` over the items of `source`, with at most `window` items started and not yet
 * taken by the consumer: memory stays flat however many items there are, and one slow
 * item holds up the others only once the window is full.
 */
export async function* inOrder<T, R>(source: AsyncIterable<T>, run: (item: T) => Promise<R>, window: number): AsyncGenerator<R> {
  const started: Array<Promise<R>> = [];
  const items = source[Symbol.asyncIterator]();
  let more = true;
  for (;;) {
    while (more && started.length < window) {
      const next = await items.next();
      if (next.done) more = false;
      else {
        const result = run(next.value);
        // A failure is thrown when its turn comes, not reported as unhandled meanwhile.
        result.catch(() => undefined);
        started.push(result);
      }
    }
    const first = started.shift();
    if (!first) return;
    yield await first;
  }
}

/**
 * Reads ahead until the items read weigh `enough`, or the source ends: `ahead` is what
 * they weigh, and `all` gives every item of the source, those read ahead first.
 */
export async function lookAhead<T>(source: AsyncIterable<T>, enough: number, weigh: (item: T) => number): Promise<{ ahead: number; all: AsyncIterable<T> }> {
  const items = source[Symbol.asyncIterator]();
  const read: T[] = [];
  let ahead = 0;
  let ended = false;
  while (ahead < enough) {
    const next = await items.next();
    if (next.done) {
      ended = true;
      break;
    }
    read.push(next.value);
    ahead += weigh(next.value);
  }
  async function* all(): AsyncGenerator<T> {
    yield* read;
    if (ended) return;
    for (let next = await items.next(); !next.done; next = await items.next()) yield next.value;
  }
  return { ahead, all: all() };
}
