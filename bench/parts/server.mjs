// Part 2: the bundled language server driven over stdio as VS Code drives it.
// One fresh server per draft and size: open, 40 keystrokes of prose near the middle,
// outline, hover and code actions on the settled document, more opens, 40 keystrokes
// before a label (see lib/typing.mjs), and at ×100 a burst of fast typing. Every
// diagnostics report is checked against the version it answers.

import { existsSync } from 'node:fs';
import * as path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { kilobytes, REPRESENTATIVE, repeat, ROOT, SIZES } from '../lib/corpus.mjs';
import { fastTyping, PROBE_GAP_MS, PROBE_KEYS } from '../lib/fast-typing.mjs';
import { LspClient } from '../lib/lsp-client.mjs';
import { budget, num, printTable } from '../lib/report.mjs';
import { summary } from '../lib/stats.mjs';
import { freshness, planTyping } from '../lib/typing.mjs';
import { spellingProcessesOf } from './spelling.mjs';

export const SERVER = path.join(ROOT, 'dist', 'server.js');

const KEYS = 40;
const NEWLINE_AT = 20;
/**
 * Pause before every measured request: the server is idle between keys, as with a
 * person typing. Waking both processes costs about 1 ms of every figure here; the
 * hover column, whose server work is tiny, shows that floor.
 */
export const PAUSE_MS = 30;

/**
 * The time and memory budgets are ratios to the floor, measured beside it on the
 * representative draft (floor.mjs); the figures here, on every draft, have none.
 */
const LIMITS = { probeFloorMs: 10 };

export async function timed(action) {
  const start = performance.now();
  const result = await action();
  return { ms: performance.now() - start, result };
}

async function repeatTimed(times, action) {
  const samples = [];
  for (let i = 0; i < times; i++) {
    await sleep(PAUSE_MS);
    samples.push((await timed(action)).ms);
  }
  return summary(samples);
}

/** didOpen → diagnostics of version 1, checked against the expected findings. */
async function openAndDiagnose(client, uri, plan) {
  const { ms, result } = await timed(() => {
    client.open(uri, plan.text);
    return client.diagnostics(uri, 1);
  });
  return { ms, items: result, freshness: freshness(plan, 1, result) };
}

/** Measured keystrokes of one plan on an open document: latencies and report freshness. */
async function typeKeys(client, uri, plan, strokes, counts) {
  const latencies = [];
  let items = null;
  for (const stroke of strokes) {
    await sleep(PAUSE_MS);
    const { ms, result } = await timed(() => {
      client.change(uri, stroke.version, stroke.change);
      return client.diagnostics(uri, stroke.version);
    });
    latencies.push(ms);
    items = result;
    counts[freshness(plan, stroke.version, result)]++;
  }
  return { keys: { ...summary(latencies), provable: strokes.filter((s) => s.proves).length, samplesMs: latencies }, items };
}

async function session(core, draft, size, quick) {
  const text = repeat(draft.text, size);
  const probe = size === 100;
  const prose = planTyping(core, text, { where: 'prose', keys: KEYS, newlineAt: NEWLINE_AT });
  const label = planTyping(core, text, { where: 'label', keys: KEYS + (probe ? PROBE_KEYS : 0), newlineAt: NEWLINE_AT });
  const reps = quick ? 5 : 20;
  const opens = quick ? 3 : 10;
  const uri = (name) => `file:///bench/${draft.id}-x${size}-${name}.nos.txt`;
  const counts = { fresh: 0, stale: 0, unexpected: 0 };
  const client = new LspClient(SERVER);
  try {
    const initialize = await timed(() => client.initialize());
    const cold = await openAndDiagnose(client, uri('prose'), prose);
    counts[cold.freshness]++;
    const typedProse = await typeKeys(client, uri('prose'), prose, prose.strokes, counts);

    // Requests on the settled document, at the typed item's label.
    const textDocument = { uri: uri('prose') };
    const position = prose.label;
    const diagnostics = typedProse.items.filter((d) => d.range.start.line === position.line);
    const symbols = await repeatTimed(reps, () => client.request('textDocument/documentSymbol', { textDocument }));
    const hover = await repeatTimed(reps, () => client.request('textDocument/hover', { textDocument, position }));
    const codeAction = await repeatTimed(reps, () =>
      client.request('textDocument/codeAction', { textDocument, range: { start: position, end: position }, context: { diagnostics, triggerKind: 2 } }),
    );
    client.close(uri('prose'));

    const openTimes = [cold.ms];
    for (let i = 0; i < opens; i++) {
      await sleep(PAUSE_MS);
      const open = await openAndDiagnose(client, uri(`open-${i}`), prose);
      openTimes.push(open.ms);
      counts[open.freshness]++;
      client.close(uri(`open-${i}`));
    }

    const labelled = await openAndDiagnose(client, uri('label'), label);
    counts[labelled.freshness]++;
    const typedLabel = await typeKeys(client, uri('label'), label, label.strokes.slice(0, KEYS), counts);
    const fast = probe ? await fastTyping(client, uri('label'), label, label.strokes.slice(KEYS)) : null;
    const memory = client.memory();
    const spelling = spellingProcessesOf(client.process.pid);
    return {
      draft: draft.id,
      size,
      kb: kilobytes(text),
      findings: cold.items.length,
      labelChanged: label.labelChanged,
      initializeMs: initialize.ms,
      openColdMs: cold.ms,
      open: summary(openTimes),
      prose: typedProse.keys,
      label: typedLabel.keys,
      reports: counts,
      symbols,
      hover,
      codeAction,
      memory,
      spelling,
      // Waiting for the key's own analysis and at most one stale one in progress.
      probe: fast && { ...fast, limitMs: Math.max(2 * typedLabel.keys.median, LIMITS.probeFloorMs) },
    };
  } finally {
    await client.stop();
  }
}

function misses(r) {
  const out = [];
  if (r.reports.stale + r.reports.unexpected > 0) out.push('freshness');
  if (r.probe && !probePasses(r.probe)) out.push('fast typing');
  return out;
}

const probePasses = (p) => p.outOfOrder === 0 && p.lastKeyMs !== null && p.lastKeyMs <= p.limitMs;

function worst(rows, value) {
  return rows.reduce((a, b) => (value(b) > value(a) ? b : a));
}

function serverChecks(rows) {
  const at = (size) => rows.filter((r) => r.size === size);
  const checks = [];
  const add = (name, row, value, limit, unit) => checks.push({ part: 'server', ...budget(`${name} (worst: ${row.draft})`, value, limit, unit) });
  const bad = rows.reduce((n, r) => n + r.reports.stale + r.reports.unexpected, 0);
  checks.push({ part: 'server', ...budget('stale or unexpected diagnostics reports', bad, 0, '') });
  const probes = at(100).filter((r) => r.probe);
  if (probes.length) {
    const late = worst(probes, (r) => (r.probe.lastKeyMs ?? Infinity) / r.probe.limitMs);
    add('fast typing: last key, as a share of its limit', late, (late.probe.lastKeyMs ?? Infinity) / late.probe.limitMs, 1, 'x');
    const disorder = probes.reduce((n, r) => n + r.probe.outOfOrder, 0);
    checks.push({ part: 'server', ...budget('fast typing: reports older than one shown before', disorder, 0, '') });
  }
  return checks;
}

export async function runServer({ core, corpus, quick, drafts }) {
  if (!existsSync(SERVER)) throw new Error(`${path.relative(ROOT, SERVER)} is missing: run npm run build first`);
  const rows = [];
  for (const draft of corpus.filter((d) => drafts.includes(d.id))) {
    for (const size of SIZES) rows.push(await session(core, draft, size, quick));
  }
  return { rows, limits: LIMITS, checks: serverChecks(rows) };
}

export function printServer({ rows }) {
  const mark = (id) => (id === REPRESENTATIVE ? `${id}*` : id);
  printTable(
    'Server over stdio (ms; medians unless p95; * representative draft; peak MB of the server process alone, spelling MB of each' +
      ' spelling process it started). Verdict: every report fresh and fast typing;' +
      ' the time and memory budgets are ratios to the floor (part floor)',
    ['draft', 'size', 'KB', 'diags', 'open cold', 'open med', 'prose med', 'prose p95', 'label med', 'label p95', 'fresh', 'symbols', 'hover', 'action', 'peak MB', 'spelling MB', 'verdict'],
    rows.map((r) => {
      const missed = misses(r);
      const total = r.reports.fresh + r.reports.stale + r.reports.unexpected;
      return [
        mark(r.draft), `×${r.size}`, num(r.kb), String(r.findings), num(r.openColdMs, 2), num(r.open.median, 2),
        num(r.prose.median, 2), num(r.prose.p95, 2), num(r.label.median, 2), num(r.label.p95, 2), `${r.reports.fresh}/${total}`,
        num(r.symbols.median, 2), num(r.hover.median, 2), num(r.codeAction.median, 2), num(r.memory?.peakMB),
        Object.entries(r.spelling ?? {}).map(([lang, m]) => `${lang} ${num(m.peakMB)}`).join(', '),
        missed.length ? `MISS: ${missed.join(', ')}` : 'PASS',
      ];
    }),
    'llrrrrrrrrrrrrrrl',
  );
  const probes = rows.filter((r) => r.probe);
  if (probes.length === 0) return;
  printTable(
    `Fast typing at ×100: ${PROBE_KEYS} keys ${PROBE_GAP_MS} ms apart, each followed by a pull that cancels the previous one`,
    ['draft', 'last key ms', 'limit ms', 'reports', 'cancelled', 'stale answers', 'out of order', 'verdict'],
    probes.map(({ draft, probe: p }) => [
      mark(draft), num(p.lastKeyMs, 2), num(p.limitMs, 2), String(p.reports), String(p.cancelled), String(p.staleAnswers), String(p.outOfOrder), probePasses(p) ? 'PASS' : 'MISS',
    ]),
    'lrrrrrrl',
  );
}
