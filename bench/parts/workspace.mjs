// Part 4: the workspace index. A server indexes 1,000 generated drafts read through the
// client (as the extension answers `nos/readWorkspaceFile`): how long until the workspace
// diagnostics are whole, and what the server holds per indexed draft. Then a writer types
// in an open draft while the index builds, each keystroke sent to that server and to one
// with no workspace, turn about: the keystroke → diagnostics latency of both.

import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import v8 from 'node:v8';
import vm from 'node:vm';
import { setTimeout as sleep } from 'node:timers/promises';
import { pathToFileURL } from 'node:url';
import { CLIENT_CAPABILITIES } from '../lib/capabilities.mjs';
import { REPRESENTATIVE, ROOT } from '../lib/corpus.mjs';
import { writeDrafts } from '../lib/drafts.mjs';
import { LspClient } from '../lib/lsp-client.mjs';
import { budget, num, printTable } from '../lib/report.mjs';
import { summary } from '../lib/stats.mjs';
import { planTyping } from '../lib/typing.mjs';

const SERVER = path.join(ROOT, 'dist', 'server.js');
const DRAFTS = 1000;
/** Keystrokes typed a little apart, as a writer types (about 12 a second), in bursts with a pause to think between them. */
const KEYS = 60;
const TYPING_GAP_MS = 80;
const BURST = 10;
const THINKING_MS = 1000;
const BUDGET_SECONDS = 3;

v8.setFlagsFromString('--expose-gc');
const gc = vm.runInNewContext('gc');

/** Every file under `dir`, as file URIs. */
function filesUnder(dir) {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.nos.txt'))
    .map((name) => pathToFileURL(path.join(dir, name)).href);
}

/** Heap bytes per draft of what `keep` holds of each of `texts`, measured after collections. */
function heapPerDraft(texts, keep) {
  gc();
  const before = process.memoryUsage().heapUsed;
  const held = texts.map(keep);
  gc();
  const bytes = (process.memoryUsage().heapUsed - before) / texts.length;
  held.length = 0;
  return bytes;
}

/**
 * A server with `workspace` (or none) and the plan's text open in it. `indexed` resolves,
 * once the index is whole, with its time and the server's CPU time from the listing on.
 */
async function start(workspace, texts, plan) {
  const client = new LspClient(SERVER);
  const folder = workspace ? pathToFileURL(workspace.dir).href : null;
  let listed;
  const listAsked = new Promise((resolve) => (listed = resolve));
  let answerList;
  const listAnswer = new Promise((resolve) => (answerList = resolve));
  const served = { reads: 0 };
  if (workspace) {
    client.connection.onRequest('nos/workspaceFiles', async () => {
      listed();
      await listAnswer;
      return { uris: workspace.uris };
    });
    client.connection.onRequest('nos/readWorkspaceFile', ({ uri }) => {
      served.reads++;
      return texts.get(uri) ?? null;
    });
  }
  const result = await client.connection.sendRequest('initialize', {
    processId: process.pid,
    rootUri: folder,
    workspaceFolders: folder ? [{ uri: folder, name: 'drafts' }] : null,
    capabilities: { ...CLIENT_CAPABILITIES, ...(workspace && { experimental: { nosWorkspaceFiles: true } }) },
  });
  await client.connection.sendNotification('initialized', {});
  client.pull = true;
  client.identifier = result.capabilities.diagnosticProvider?.identifier;
  const uri = workspace ? workspace.uris[0].replace(/[^/]+$/, 'open.nos.txt') : 'file:///open.nos.txt';
  await client.open(uri, plan.text);
  await client.diagnostics(uri, 1);
  const idle = client.memory();
  const server = { client, uri, served, idleMB: idle?.rssMB ?? NaN, building: () => false, indexed: Promise.resolve({ ms: NaN, cpu: NaN }) };
  if (workspace) {
    await listAsked;
    let done = false;
    server.building = () => !done;
    const cpuMs = () => client.cpuMs() ?? NaN;
    const cpuBefore = cpuMs();
    const begun = performance.now();
    answerList();
    server.indexed = client.workspaceDiagnostics().then((report) => {
      done = true;
      if (report.items.length !== DRAFTS) throw new Error(`workspace report holds ${report.items.length} files, not ${DRAFTS}`);
      return { ms: performance.now() - begun, cpu: (cpuMs() - cpuBefore) / 1000 };
    });
  }
  return server;
}

/** One keystroke and its diagnostics pull; the latency in ms. */
async function keystroke(server, stroke) {
  const begun = performance.now();
  await server.client.change(server.uri, stroke.version, stroke.change);
  await server.client.diagnostics(server.uri, stroke.version);
  return performance.now() - begun;
}

/**
 * The same keystrokes typed into two servers turn about, in bursts with a pause between
 * them (as writers type), so that machine noise falls on both alike: one server alone,
 * the other building its index meanwhile. Only keystrokes typed while it was still
 * building count for it.
 */
async function typeSideBySide(alone, indexing, plan) {
  const samples = { alone: [], indexing: [] };
  for (const [i, stroke] of plan.strokes.entries()) {
    const building = indexing.building();
    const pair = i % 2 ? [[indexing, 'indexing'], [alone, 'alone']] : [[alone, 'alone'], [indexing, 'indexing']];
    for (const [server, name] of pair) {
      const ms = await keystroke(server, stroke);
      if (name === "alone" || building) samples[name].push(ms);
    }
    await sleep((i + 1) % BURST ? TYPING_GAP_MS : THINKING_MS);
  }
  return samples;
}

export async function runWorkspace({ core, corpus }) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'nos-bench-workspace-'));
  try {
    writeDrafts(dir, corpus, { count: DRAFTS });
    const workspace = { dir, uris: filesUnder(dir) };
    const texts = new Map(workspace.uris.map((uri) => [uri, readFileSync(new URL(uri), 'utf8')]));
    const representative = corpus.find((draft) => draft.id === REPRESENTATIVE).text;
    const plan = planTyping(core, representative, { where: 'prose', keys: KEYS, newlineAt: Math.floor(KEYS / 2) });

    // The index alone, nobody typing: how long it takes, and what it holds.
    const quiet = await start(workspace, texts, plan);
    const built = await quiet.indexed;
    const fullMB = quiet.client.memory()?.rssMB ?? NaN;
    await quiet.client.stop();

    const alone = await start(null, texts, plan);
    const indexing = await start(workspace, texts, plan);
    const samples = await typeSideBySide(alone, indexing, plan);
    await indexing.indexed;
    await Promise.all([alone.client.stop(), indexing.client.stop()]);

    const all = [...texts.values()];
    const perDraft = {
      // Each measure holds its own copy of the text (the map above holds one already).
      text: heapPerDraft(all, (text) => Buffer.from(text).toString()),
      kept: heapPerDraft(all, (text) => {
        const copy = Buffer.from(text).toString();
        const analysis = core.analyse(copy);
        return { text: copy, summary: core.summarise(analysis.doc), findings: analysis.findings.map((f) => ({ ...f, fixes: [] })) };
      }),
      whole: heapPerDraft(all, (text) => core.analyse(Buffer.from(text).toString())),
    };
    const result = {
      drafts: DRAFTS,
      indexSeconds: built.ms / 1000,
      // The server's CPU time over the same span: what a quiet machine would take.
      indexCpuSeconds: built.cpu,
      loadAverage: os.loadavg()[0],
      reads: quiet.served.reads,
      rssPerDraftKB: ((fullMB - quiet.idleMB) * 1024) / DRAFTS,
      heapPerDraftKB: { text: perDraft.text / 1024, kept: perDraft.kept / 1024, wholeAnalysis: perDraft.whole / 1024 },
      keystroke: { alone: summary(samples.alone), whileIndexing: summary(samples.indexing) },
    };
    result.checks = [{ part: 'workspace', ...budget(`index ${DRAFTS} drafts`, result.indexSeconds, BUDGET_SECONDS, 's') }];
    return result;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export function printWorkspace(result) {
  printTable(`Workspace: ${result.drafts} generated drafts read through the client`, ['figure', 'value'], [
    ['index built, workspace diagnostics whole (s)', num(result.indexSeconds, 2)],
    ['server CPU time to build it (s)', num(result.indexCpuSeconds, 2)],
    ['load average at the end', num(result.loadAverage, 2)],
    ['files read', String(result.reads)],
    ['server RSS growth per indexed draft, garbage included (KB)', num(result.rssPerDraftKB)],
    ['heap per draft: its text (KB)', num(result.heapPerDraftKB.text)],
    ['heap per draft: what the index keeps (KB)', num(result.heapPerDraftKB.kept)],
    ['heap per draft: the whole analysis (KB)', num(result.heapPerDraftKB.wholeAnalysis)],
  ], 'lr');
  const k = result.keystroke;
  printTable(`Keystroke → diagnostics of an open draft (${REPRESENTATIVE}), ms`, ['when', 'median', 'p95', 'keystrokes'], [
    ['no workspace', num(k.alone.median, 2), num(k.alone.p95, 2), String(k.alone.samples)],
    ['while the index builds', num(k.whileIndexing.median, 2), num(k.whileIndexing.p95, 2), String(k.whileIndexing.samples)],
  ], 'lrrr');
}
