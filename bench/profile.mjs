// Profiles of the shipped bundles, summarised per function and located in the
// TypeScript source. See bench/README.md.
//
//   node bench/profile.mjs core   [--draft 000] [--size 1] [--seconds 5] [--edit] [--alloc]
//   node bench/profile.mjs server [--draft 001] [--size 100] [--keys 100] [--plan label|prose]

import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, renameSync, rmSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { parseArgs } from 'node:util';
import { CORE_BUNDLE, loadCore } from './lib/build.mjs';
import { loadCorpus, REPRESENTATIVE, repeat, ROOT } from './lib/corpus.mjs';
import { LspClient } from './lib/lsp-client.mjs';
import { summariseCpu, summariseHeap } from './lib/profiles.mjs';
import { num, printTable } from './lib/report.mjs';
import { planTyping } from './lib/typing.mjs';
import { SERVER } from './parts/server.mjs';

const DIR = path.join(ROOT, 'bench', 'results', 'profiles');
const TOP = 25;
/** Regular expressions are named by their source, which can run to pages. */
const label = (name) => (name.length > 60 ? `${name.slice(0, 59)}…` : name);

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: {
    draft: { type: 'string', default: REPRESENTATIVE },
    size: { type: 'string', default: '100' },
    seconds: { type: 'string', default: '5' },
    keys: { type: 'string', default: '100' },
    plan: { type: 'string', default: 'label' },
    alloc: { type: 'boolean', default: false },
    edit: { type: 'boolean', default: false },
  },
});
const target = positionals[0];
if ((target !== 'core' && target !== 'server') || !['label', 'prose'].includes(values.plan)) {
  console.error('Usage: node bench/profile.mjs core|server [--draft <id>] [--size 1|10|100] [--seconds n] [--edit] [--alloc] [--keys n] [--plan label|prose]');
  process.exit(2);
}
const { draft, size } = values;
const mode = values.edit ? 'edit' : 'full';
const variant = target === 'core' ? mode : values.plan;
const base = path.join(DIR, `${target}-${variant}-${draft}-x${size}`);
const cpuProf = ['--cpu-prof', '--cpu-prof-dir', DIR, '--cpu-prof-name', `${path.basename(base)}.cpuprofile`];
mkdirSync(DIR, { recursive: true });
const core = await loadCore();

/** Core loop in a child process: a CPU profile, or with --alloc a heap profile. */
function profileCore() {
  const loop = path.join(import.meta.dirname, 'lib', 'core-loop.mjs');
  const args = [loop, CORE_BUNDLE, draft, size, mode, values.seconds];
  const output = values.alloc
    ? execFileSync(process.execPath, [...args, `${base}.heapprofile`], { encoding: 'utf8' })
    : execFileSync(process.execPath, [...cpuProf, ...args], { encoding: 'utf8' });
  const { runs, msPerRun } = JSON.parse(output);
  const what = values.edit ? 're-analysis after a one-character edit' : 'analyse + outline';
  console.log(`${runs} runs of ${what} on draft ${draft} ×${size}, ${num(msPerRun, 3)} ms each${values.alloc ? '' : ' (profiled)'}`);
  return runs;
}

/**
 * The server under --cpu-prof, typing as in the server part with a pull after each key.
 * Its threads and child processes (spelling) write profiles of their own: the server's
 * main thread's (thread 0 of its process id) is kept.
 */
async function profileServer() {
  const text = repeat(loadCorpus().find((d) => d.id === draft).text, Number(size));
  const plan = planTyping(core, text, { where: values.plan, keys: Number(values.keys), newlineAt: 20 });
  const profiles = mkdtempSync(path.join(os.tmpdir(), 'nos-profile-'));
  const client = new LspClient(SERVER, ['--cpu-prof', '--cpu-prof-dir', profiles]);
  await client.initialize();
  const uri = 'file:///bench/profile.nos.txt';
  client.open(uri, plan.text);
  await client.diagnostics(uri, 1);
  for (const stroke of plan.strokes) {
    await sleep(10);
    client.change(uri, stroke.version, stroke.change);
    await client.diagnostics(uri, stroke.version);
  }
  const pid = client.process.pid;
  await client.stop();
  const main = readdirSync(profiles).find((name) => name.includes(`.${pid}.0.`));
  if (!main) throw new Error(`the server wrote no profile of its main thread in ${profiles}`);
  renameSync(path.join(profiles, main), `${base}.cpuprofile`);
  rmSync(profiles, { recursive: true, force: true });
  console.log(`${plan.strokes.length} keystrokes (${values.plan} plan) on draft ${draft} ×${size}, each followed by a diagnostics pull`);
}

if (target === 'core' && values.alloc) {
  const runs = profileCore();
  const { total, rows } = summariseHeap(`${base}.heapprofile`);
  printTable(
    `Top ${TOP} by bytes allocated: ${path.relative(process.cwd(), base)}.heapprofile (${num(total / runs / 1e6, 2)} MB per run)`,
    ['MB per run', 'share %', 'function', 'source'],
    rows.slice(0, TOP).map((r) => [num(r.bytes / runs / 1e6, 2), num((100 * r.bytes) / total), label(r.name), r.where]),
    'rrll',
  );
} else {
  if (target === 'core') profileCore();
  else await profileServer();
  const file = `${base}.cpuprofile`;
  const { busyMs, idleMs, rows } = summariseCpu(file);
  printTable(
    `Top ${TOP} by self time: ${path.relative(process.cwd(), file)} (busy ${num(busyMs, 0)} ms, idle ${num(idleMs, 0)} ms)`,
    ['self ms', 'self %', 'incl %', 'function', 'source'],
    rows.slice(0, TOP).map((r) => [num(r.selfMs), num((100 * r.selfMs) / busyMs), num((100 * r.totalMs) / busyMs), label(r.name), r.where]),
    'rrrll',
  );
}
