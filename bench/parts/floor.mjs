// Part 2b: our server against the floor (floor/server.mjs), both open at once on the
// representative draft at ×1, ×10 and ×100 and driven through the same requests in
// turn: every measured request goes to one and then to the other, the order
// alternating, so that what else the machine is doing weighs on both alike (what it
// cannot cancel is in bench/README.md). Each figure is reported as ours, the floor's,
// and their ratio, which is what the budgets bound.

import { existsSync } from 'node:fs';
import * as path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { buildFloor } from '../lib/build.mjs';
import { kilobytes, REPRESENTATIVE, repeat, ROOT, SIZES } from '../lib/corpus.mjs';
import { LspClient } from '../lib/lsp-client.mjs';
import { budget, num, printTable, verdict } from '../lib/report.mjs';
import { summary } from '../lib/stats.mjs';
import { freshness, planTyping } from '../lib/typing.mjs';
import { PAUSE_MS, SERVER, timed } from './server.mjs';
import { SPELLING_BUDGETS, spellingProcessesOf } from './spelling.mjs';

/**
 * Samples per server and size: more than part 2 takes, because a ratio of two noisy
 * figures is noisier than either (a p95 of 60 keys lies between its fourth and third largest).
 */
const COUNTS = {
  full: { keys: 60, firstOpens: 7, opens: 20, symbols: 20 },
  quick: { keys: 30, firstOpens: 3, opens: 5, symbols: 10 },
};

/** Ratio budgets: ours ÷ floor, on the figure named, at one size. */
const BUDGETS = [
  { figure: 'prose', stat: 'median', size: 1, limit: 1.3, name: 'keystroke → diagnostics median ×1' },
  { figure: 'prose', stat: 'median', size: 10, limit: 1.3, name: 'keystroke → diagnostics median ×10' },
  { figure: 'prose', stat: 'p95', size: 100, limit: 2, name: 'keystroke → diagnostics p95 ×100' },
  { figure: 'openFirst', stat: 'median', size: 1, limit: 3, name: 'didOpen → diagnostics, first open of a fresh server ×1' },
  { figure: 'open', stat: 'median', size: 1, limit: 3, name: 'didOpen → diagnostics median ×1' },
  { figure: 'symbols', stat: 'median', size: 100, limit: 2, name: 'documentSymbol median ×100' },
  { figure: 'peakMB', stat: 'value', size: 100, limit: 1.25, name: 'server peak RSS ×100' },
];
/** Both keystroke plans are held to the keystroke budgets: the check takes the worse. */
const PLANS = { prose: ['prose', 'label'] };

const FIGURES = [
  ['openFirst', 'didOpen → diagnostics, first open of a fresh server'],
  ['start', 'server start → diagnostics of that first open'],
  ['open', 'didOpen → diagnostics, later opens'],
  ['prose', 'keystroke → diagnostics, prose plan'],
  ['label', 'keystroke → diagnostics, label plan'],
  ['symbols', 'documentSymbol'],
  ['peakMB', 'peak RSS, the server process alone (MB)'],
];

/** The two servers in turn `i`'s order: ours first on even turns, the floor first on odd ones. */
const order = (i) => (i % 2 === 0 ? ['ours', 'floor'] : ['floor', 'ours']);

/**
 * `times` turns; in each, after a pause, `action(client, name, i)` is timed on one
 * server and then, after another pause, on the other. Returns each server's samples
 * and the CPU time each used over the turns, per turn (pauses included: work a server
 * leaves for later is work all the same).
 */
async function interleave(clients, times, action) {
  const samples = { ours: [], floor: [] };
  const cpuAtStart = { ours: clients.ours.cpuMs(), floor: clients.floor.cpuMs() };
  for (let i = 0; i < times; i++) {
    for (const name of order(i)) {
      await sleep(PAUSE_MS);
      samples[name].push((await timed(() => action(clients[name], name, i))).ms);
    }
  }
  const cpuMs = {};
  for (const name of ['ours', 'floor']) cpuMs[name] = cpuAtStart[name] === null ? NaN : (clients[name].cpuMs() - cpuAtStart[name]) / times;
  return { samples, cpuMs };
}

/** Each server's summary of its samples (and CPU per request, where measured), and the samples. */
const paired = ({ samples, cpuMs }) => ({
  ours: { ...summary(samples.ours), cpu: cpuMs?.ours ?? NaN },
  floor: { ...summary(samples.floor), cpu: cpuMs?.floor ?? NaN },
  samplesMs: samples,
});

const stopAll = (clients) => Promise.all(Object.values(clients).map((client) => client.stop()));

/**
 * A fresh server, initialised, then timed from didOpen of its first document to that
 * document's diagnostics; and from its start to then, which work moved before the
 * answer to `initialize` does not escape.
 */
async function coldStart(serverPath, uri, text) {
  const started = performance.now();
  const client = new LspClient(serverPath);
  await client.initialize();
  const { ms, result } = await timed(() => {
    client.open(uri, text);
    return client.diagnostics(uri, 1);
  });
  return { client, ms, startMs: performance.now() - started, items: result };
}

/**
 * Fresh pairs of servers, one after the other (neither warms while the other starts),
 * each timed on its first open; the servers of the last pair are kept and returned.
 */
async function coldStarts(paths, uri, plan, pairs, counts) {
  const samples = { ours: [], floor: [] };
  const fromStart = { ours: [], floor: [] };
  for (let i = 0; ; i++) {
    const clients = {};
    try {
      for (const name of order(i)) {
        const start = await coldStart(paths[name], uri, plan.text);
        clients[name] = start.client;
        samples[name].push(start.ms);
        fromStart[name].push(start.startMs);
        if (name === 'ours') counts[freshness(plan, 1, start.items)]++;
      }
    } catch (error) {
      await stopAll(clients);
      throw error;
    }
    if (i === pairs - 1) return { clients, firstOpens: { samples }, starts: { samples: fromStart } };
    await stopAll(clients);
  }
}

/** Keystrokes of a plan on both servers in turn; our reports are checked against the version sent. */
function typeKeys(clients, uri, plan, counts) {
  return interleave(clients, plan.strokes.length, async (client, name, i) => {
    const stroke = plan.strokes[i];
    client.change(uri, stroke.version, stroke.change);
    const items = await client.diagnostics(uri, stroke.version);
    if (name === 'ours') counts[freshness(plan, stroke.version, items)]++;
  });
}

async function session(core, paths, draft, size, quick) {
  const text = repeat(draft.text, size);
  const count = COUNTS[quick ? 'quick' : 'full'];
  const typing = { keys: count.keys, newlineAt: count.keys / 2 };
  const prose = planTyping(core, text, { where: 'prose', ...typing });
  const label = planTyping(core, text, { where: 'label', ...typing });
  const uri = (name) => `file:///bench/${draft.id}-x${size}-${name}.nos.txt`;
  const counts = { fresh: 0, stale: 0, unexpected: 0 };
  // Several fresh starts at ×1, where the first open has a budget; one at the other sizes.
  const pairs = size === 1 ? count.firstOpens : 1;
  const { clients, firstOpens, starts } = await coldStarts(paths, uri('prose'), prose, pairs, counts);
  try {
    const findings = {};
    const proseKeys = await typeKeys(clients, uri('prose'), prose, counts);
    const textDocument = { uri: uri('prose') };
    const symbols = await interleave(clients, count.symbols, (client) => client.request('textDocument/documentSymbol', { textDocument }));
    for (const client of Object.values(clients)) client.close(uri('prose'));

    const reopens = count.opens;
    const opens = await interleave(clients, reopens, async (client, name, i) => {
      client.open(uri(`open-${i}`), prose.text);
      const items = await client.diagnostics(uri(`open-${i}`), 1);
      findings[name] = items.length;
      if (name === 'ours') counts[freshness(prose, 1, items)]++;
    });
    for (let i = 0; i < reopens; i++) for (const client of Object.values(clients)) client.close(uri(`open-${i}`));

    for (const client of Object.values(clients)) {
      client.open(uri('label'), label.text);
      await client.diagnostics(uri('label'), 1);
    }
    const labelKeys = await typeKeys(clients, uri('label'), label, counts);
    const memory = { ours: clients.ours.memory(), floor: clients.floor.memory() };
    return {
      draft: draft.id,
      size,
      kb: kilobytes(text),
      findings,
      reports: counts,
      // Our server's spelling processes, apart from its own peak (the floor has none).
      spelling: spellingProcessesOf(clients.ours.process.pid),
      figures: {
        openFirst: paired(firstOpens),
        start: paired(starts),
        open: paired(opens),
        prose: paired(proseKeys),
        label: paired(labelKeys),
        symbols: paired(symbols),
        peakMB: { ours: { value: memory.ours?.peakMB ?? NaN }, floor: { value: memory.floor?.peakMB ?? NaN } },
      },
    };
  } finally {
    await stopAll(clients);
  }
}

const ratio = (figure, stat) => figure.ours[stat] / figure.floor[stat];

/** The ratio a budget judges: for the keystroke figures, the worse of the two plans. */
function judged(row, { figure, stat }) {
  return Math.max(...(PLANS[figure] ?? [figure]).map((name) => ratio(row.figures[name], stat)));
}

function floorChecks(rows) {
  const checks = BUDGETS.map((b) => {
    const row = rows.find((r) => r.size === b.size);
    return { part: 'floor', ...budget(`${b.name}, ours ÷ floor`, row ? judged(row, b) : NaN, b.limit, 'x') };
  });
  const bad = rows.reduce((n, r) => n + r.reports.stale + r.reports.unexpected, 0);
  checks.push({ part: 'floor', ...budget('stale or unexpected diagnostics reports (ours)', bad, 0, '') });
  const x100 = rows.find((r) => r.size === 100);
  for (const [lang, { peakMB }] of Object.entries(x100?.spelling ?? {})) {
    checks.push({ part: 'floor', ...budget(`our spelling process ${lang}, peak RSS ×100`, peakMB, SPELLING_BUDGETS.peakMB[lang], 'MB') });
  }
  return checks;
}

export async function runFloor({ core, corpus, quick }) {
  if (!existsSync(SERVER)) throw new Error(`${path.relative(ROOT, SERVER)} is missing: run npm run build first`);
  const paths = { ours: SERVER, floor: await buildFloor() };
  const draft = corpus.find((d) => d.id === REPRESENTATIVE);
  const rows = [];
  for (const size of SIZES) rows.push(await session(core, paths, draft, size, quick));
  return { draft: draft.id, counts: COUNTS[quick ? 'quick' : 'full'], rows, budgets: BUDGETS, checks: floorChecks(rows) };
}

const STATS = { median: 'median', p95: 'p95', cpu: 'CPU per request' };

/** The budget on a figure and statistic at a size, if any (the label plan is held to the prose plan's). */
function budgetOf(figure, stat, size) {
  const key = figure === 'label' ? 'prose' : figure;
  return BUDGETS.find((b) => b.figure === key && b.stat === stat && b.size === size);
}

/** The statistics shown for a figure. */
function statsOf(key) {
  if (key === 'peakMB') return ['value'];
  if (key === 'openFirst' || key === 'start') return ['median'];
  return key === 'prose' || key === 'label' ? ['median', 'p95', 'cpu'] : ['median', 'cpu'];
}

/**
 * The part's figures over several runs: ours, the floor's and the ratio each the median
 * of the runs' (the ratio of each run, as the budgets are judged), reports summed.
 */
export function floorMedians(results) {
  const runs = results.filter((result) => result?.rows);
  if (runs.length === 0) return null;
  const median = (values) => summary(values).median;
  const rows = runs[0].rows.map(({ size }, i) => {
    const figures = {};
    for (const [key] of FIGURES) {
      const all = runs.map((run) => run.rows[i].figures[key]);
      figures[key] = { ours: {}, floor: {}, ratio: {} };
      for (const stat of statsOf(key)) {
        figures[key].ours[stat] = median(all.map((figure) => figure.ours[stat]));
        figures[key].floor[stat] = median(all.map((figure) => figure.floor[stat]));
        figures[key].ratio[stat] = median(all.map((figure) => ratio(figure, stat)));
      }
    }
    const reports = { fresh: 0, stale: 0, unexpected: 0 };
    for (const run of runs) for (const kind of Object.keys(reports)) reports[kind] += run.rows[i].reports[kind];
    const spelling = {};
    for (const lang of Object.keys(runs[0].rows[i].spelling ?? {})) {
      const of = (key) => median(runs.map((run) => run.rows[i].spelling?.[lang]?.[key] ?? NaN));
      spelling[lang] = { peakMB: of('peakMB'), rssMB: of('rssMB') };
    }
    return { size, figures, reports, spelling };
  });
  return { draft: runs[0].draft, counts: runs[0].counts, runs: runs.length, rows };
}

/** The table of one run, or of the medians of several (`runs`, from floorMedians). */
export function printFloor({ draft, counts, rows, runs }) {
  const lines = [];
  for (const [key, title] of FIGURES) {
    for (const stat of statsOf(key)) {
      for (const row of rows) {
        const figure = row.figures[key];
        const b = budgetOf(key, stat, row.size);
        const r = figure.ratio?.[stat] ?? ratio(figure, stat);
        const digits = key === 'peakMB' ? 1 : 2;
        lines.push([
          stat === 'value' ? title : `${title}, ${STATS[stat]}`, `×${row.size}`, num(figure.ours[stat], digits), num(figure.floor[stat], digits),
          `${num(r, 2)}×`, b ? `≤ ${b.limit}×` : '', b ? verdict(r <= b.limit) : '',
        ]);
      }
    }
  }
  const reports = rows.map((r) => `×${r.size} ${r.reports.fresh}/${r.reports.fresh + r.reports.stale + r.reports.unexpected}`).join(', ');
  const how = runs ? `median of ${runs} runs, each interleaved` : 'interleaved in one run';
  printTable(
    `Ours against the floor, draft ${draft}, ${how} (ms unless MB; ${counts.keys} keys per plan, ${PAUSE_MS} ms pauses). Our fresh reports: ${reports}`,
    ['figure', 'size', 'ours', 'floor', 'ratio', 'budget', 'verdict'],
    lines,
    'llrrrll',
  );
  const spelling = rows.flatMap((row) => Object.entries(row.spelling ?? {}).map(([lang, memory]) => [`×${row.size}`, lang, num(memory.peakMB), num(memory.rssMB),
    `≤ ${SPELLING_BUDGETS.peakMB[lang]}`, row.size === 100 ? verdict(memory.peakMB <= SPELLING_BUDGETS.peakMB[lang]) : '']));
  if (spelling.length) {
    printTable('Our server\'s spelling processes at the end of each session, apart from its peak RSS above (MB)', ['size', 'lang', 'peak RSS', 'RSS', 'budget', 'verdict'], spelling, 'llrrll');
  }
}
