// The fast-typing probe of the server part: keys faster than the server analyses
// them at ×100, to see that the newest version's diagnostics do not queue behind
// the stale ones, and that no report goes back to an older version.

import { setTimeout as sleep } from 'node:timers/promises';
import { CancellationTokenSource } from 'vscode-languageserver-protocol/node';
import { versionShown } from './typing.mjs';

export const PROBE_KEYS = 6;
export const PROBE_GAP_MS = 25;
/** LSP error codes of a request the server dropped: cancelled, or outdated by an edit. */
const DROPPED = new Set([-32800, -32801]);

/**
 * Types `strokes` PROBE_GAP_MS apart with a pull after each, cancelling the pull still
 * pending as VS Code does. Reports when the last version's diagnostics arrive and
 * whether any report showed an older version after a newer one.
 */
export async function fastTyping(client, uri, plan, strokes) {
  const reports = [];
  client.onReport = (report) => {
    if (report.uri === uri) reports.push({ at: report.at, version: versionShown(plan, report.items) });
  };
  const sent = [];
  const pulls = [];
  let pending = null;
  const start = performance.now();
  for (const [i, stroke] of strokes.entries()) {
    await sleep(Math.max(0, start + i * PROBE_GAP_MS - performance.now()));
    pending?.cancel();
    sent.push({ version: stroke.version, at: performance.now() });
    client.change(uri, stroke.version, stroke.change);
    if (!client.pull) continue;
    pending = new CancellationTokenSource();
    pulls.push(
      client.diagnostics(uri, stroke.version, pending.token).then(
        () => 'answered',
        (error) => (DROPPED.has(error.code) ? 'cancelled' : Promise.reject(error)),
      ),
    );
  }
  const last = sent.at(-1);
  let outcomes = [];
  if (client.pull) outcomes = await Promise.all(pulls);
  else await client.diagnostics(uri, last.version);
  client.onReport = () => {};

  let newest = 0;
  let outOfOrder = 0;
  let staleAnswers = 0;
  for (const report of reports) {
    const shown = report.version ?? 0;
    if (shown < newest) outOfOrder++;
    newest = Math.max(newest, shown);
    const latestSent = sent.filter((s) => s.at < report.at).at(-1).version;
    if (shown < latestSent) staleAnswers++;
  }
  const lastReport = reports.find((r) => r.version === last.version);
  return {
    lastKeyMs: lastReport ? lastReport.at - last.at : null,
    reports: reports.length,
    cancelled: outcomes.filter((o) => o === 'cancelled').length,
    staleAnswers,
    outOfOrder,
    unknown: reports.filter((r) => r.version === null).length,
  };
}
