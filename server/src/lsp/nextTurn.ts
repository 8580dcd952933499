// The next turn of the event loop, after the messages already received have each had theirs.
// Node has setImmediate; a browser worker does not, and its connection schedules with
// microtasks, which run before the next message: a timer task lets that message in first.

export const nextTurn: () => Promise<void> =
  typeof setImmediate === 'function'
    ? () => new Promise((resolve) => setImmediate(resolve))
    : () => new Promise((resolve) => setTimeout(resolve, 0));
