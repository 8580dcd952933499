// A client's answer the server cannot wait for without end: an editor that is starting up,
// or that does not answer a request, must not hold a document's analysis up.

/**
 * `answer`, or what `late` returns (or throws) when it has not settled within `ms`.
 * The answer itself runs on: whoever asked may still listen for it.
 */
export function withinTime<T>(answer: Promise<T>, ms: number, late: () => T): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<T>((resolve, reject) => {
    timer = setTimeout(() => {
      try {
        resolve(late());
      } catch (error) {
        reject(error);
      }
    }, ms);
  });
  return Promise.race([answer, timeout]).finally(() => clearTimeout(timer));
}
