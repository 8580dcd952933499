// Part 4: the workspace index. The server indexes 1,000 generated drafts read through the
// client (as the extension answers `nos/readWorkspaceFile`) while a writer types in an
// open draft: how long until the workspace diagnostics are whole, what the server holds
// per indexed draft, and the keystroke → diagnostics latency of the open draft while the
// index builds, against the same keystrokes with no workspace.

import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import v8 from 'node:v8';
import vm from 'node:vm';
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
/** Keystrokes typed a little apart, as a writer types (about 12 a second). */
const KEYS = 60;
const TYPING_GAP_MS = 80;
const BUDGET_SECONDS = 3;

v8.setFlagsFromString('--expose-gc');
const gc = vm.runInNewContext('gc');

/** CPU seconds (user + system) a process has used, from /proc; NaN where it is missing. */
function cpuSeconds(pid) {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    // utime and stime, fields 14 and 15 of the line, in clock ticks (100 a second on Linux).
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return NaN;
  }
}

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

/** Types the plan's keystrokes into `uri`, each followed by a pull; latency per keystroke with whether the index was still building. */
async function type(client, uri, plan, building) {
  const samples = [];
  for (const stroke of plan.strokes) {
    const start = performance.now();
    await client.change(uri, stroke.version, stroke.change);
    await client.diagnostics(uri, stroke.version);
    samples.push({ ms: performance.now() - start, building: building() });
    await new Promise((resolve) => setTimeout(resolve, TYPING_GAP_MS));
  }
  return samples;
}

async function session(workspace, texts, plan) {
  const client = new LspClient(SERVER);
  const folder = workspace ? pathToFileURL(workspace.dir).href : null;
  let listed;
  const listAsked = new Promise((resolve) => (listed = resolve));
  let answerList;
  const listAnswer = new Promise((resolve) => (answerList = resolve));
  let reads = 0;
  if (workspace) {
    client.connection.onRequest('nos/workspaceFiles', async () => {
      listed();
      await listAnswer;
      return { uris: workspace.uris };
    });
    client.connection.onRequest('nos/readWorkspaceFile', ({ uri }) => {
      reads++;
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
  let indexMs = NaN;
  let indexCpu = NaN;
  const cpuBefore = cpuSeconds(client.process.pid);
  let building = () => false;
  let indexed = Promise.resolve();
  if (workspace) {
    await listAsked;
    let done = false;
    building = () => !done;
    const start = performance.now();
    answerList();
    indexed = client.request('workspace/diagnostic', { identifier: client.identifier, previousResultIds: [] }).then((report) => {
      indexMs = performance.now() - start;
      indexCpu = cpuSeconds(client.process.pid) - cpuBefore;
      done = true;
      if (report.items.length !== DRAFTS) throw new Error(`workspace report holds ${report.items.length} files, not ${DRAFTS}`);
    });
  }
  const samples = await type(client, uri, plan, building);
  await indexed;
  const full = client.memory();
  await client.stop();
  return { samples, indexMs, indexCpu, reads, idleMB: idle?.rssMB ?? NaN, fullMB: full?.rssMB ?? NaN };
}

export async function runWorkspace({ core, corpus }) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'nos-bench-workspace-'));
  try {
    writeDrafts(dir, corpus, { count: DRAFTS });
    const uris = filesUnder(dir);
    const texts = new Map(uris.map((uri) => [uri, readFileSync(new URL(uri), 'utf8')]));
    const representative = corpus.find((draft) => draft.id === REPRESENTATIVE).text;
    const plan = planTyping(core, representative, { where: 'prose', keys: KEYS, newlineAt: Math.floor(KEYS / 2) });
    const alone = await session(null, texts, plan);
    const indexing = await session({ dir, uris }, texts, plan);
    const during = indexing.samples.filter((s) => s.building).map((s) => s.ms);
    const after = indexing.samples.filter((s) => !s.building).map((s) => s.ms);
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
      indexSeconds: indexing.indexMs / 1000,
      // The server's CPU time over the same span (the keystrokes typed meanwhile included): what a quiet machine would take.
      indexCpuSeconds: indexing.indexCpu,
      loadAverage: os.loadavg()[0],
      reads: indexing.reads,
      rssPerDraftKB: ((indexing.fullMB - indexing.idleMB) * 1024) / DRAFTS,
      heapPerDraftKB: { text: perDraft.text / 1024, kept: perDraft.kept / 1024, wholeAnalysis: perDraft.whole / 1024 },
      keystroke: { alone: summary(alone.samples.map((s) => s.ms)), whileIndexing: summary(during), afterIndexing: summary(after) },
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
    ['server CPU time meanwhile (s)', num(result.indexCpuSeconds, 2)],
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
    ['after it is built', num(k.afterIndexing.median, 2), num(k.afterIndexing.p95, 2), String(k.afterIndexing.samples)],
  ], 'lrrr');
}
