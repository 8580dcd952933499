import * as vscode from 'vscode';

/** Long enough for a cold language server on a slow CI machine, short of mocha's timeout. */
const TIMEOUT_MS = 20_000;

/**
 * Resolves with the first truthy result of `check`, tried now and again whenever one of
 * `events` fires; rejects after a timeout, naming `what` was awaited.
 */
export function until<T>(
  what: string,
  events: vscode.Event<unknown>[],
  check: () => T | undefined | null | false,
  timeoutMs = TIMEOUT_MS,
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const listeners: vscode.Disposable[] = [];
    const settle = (finish: () => void) => {
      clearTimeout(timer);
      for (const listener of listeners) listener.dispose();
      finish();
    };
    const attempt = () => {
      try {
        const value = check();
        if (value) settle(() => resolve(value));
      } catch (error) {
        settle(() => reject(error));
      }
    };
    const timer = setTimeout(() => settle(() => reject(new Error(`timed out after ${timeoutMs} ms waiting for ${what}`))), timeoutMs);
    for (const event of events) listeners.push(event(attempt));
    attempt();
  });
}
