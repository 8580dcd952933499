// Part 3: `nos check --format json` over generated trees of drafts, as a child
// process. Its output is read as a stream and checked line by line, never held whole.
// The I/O floor (floor/scan.mjs: read the same files and scan their lines, as a child
// too) runs just before and just after it, and the check's time is given as a ratio to it.
// The check runs twice: as users run it (with its worker threads, one per core, when the
// run is big enough), then on the main thread alone (NOS_WORKERS=0), for comparison; both
// must write the same bytes.

import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { createInterface } from 'node:readline';
import { ROOT } from '../lib/corpus.mjs';
import { writeDrafts } from '../lib/drafts.mjs';
import { budget, num, printTable, verdict } from '../lib/report.mjs';
import { memoryOf } from '../lib/system.mjs';

export const CLI = path.join(ROOT, 'dist', 'cli.js');
const SCAN = path.join(ROOT, 'bench', 'floor', 'scan.mjs');
const GNU_TIME = '/usr/bin/time';

const RUNS = [
  { name: '1,000 drafts', limit: { count: 1000 }, maxSeconds: 3, maxPeakMB: null, maxFloorRatio: null },
  { name: '100 MB', limit: { totalBytes: 100e6 }, maxSeconds: 60, maxPeakMB: 300, maxFloorRatio: 3 },
];

/**
 * Peak RSS of the child: GNU time's maximum resident set when installed (exact),
 * otherwise VmHWM polled from /proc while it runs (may miss the last few ms).
 */
function spawnMeasured(args, env) {
  if (existsSync(GNU_TIME)) {
    const file = path.join(os.tmpdir(), `nos-bench-rss-${process.pid}`);
    const child = spawn(GNU_TIME, ['-f', '%M', '-o', file, process.execPath, ...args], { stdio: ['ignore', 'pipe', 'pipe'], env });
    const peakMB = () => {
      const kB = Number(readFileSync(file, 'utf8').trim().split('\n').at(-1));
      rmSync(file, { force: true });
      return kB / 1024;
    };
    return { child, peakMB };
  }
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'], env });
  let peak = NaN;
  const poll = setInterval(() => {
    peak = Math.max(peak || 0, memoryOf(child.pid)?.peakMB ?? 0);
  }, 10);
  child.once('exit', () => clearInterval(poll));
  return { child, peakMB: () => peak };
}

/** Well-formedness of the JSON output, one file object per line between the brackets. */
function outputChecker() {
  const state = { lines: 0, files: 0, diagnostics: 0, malformed: 0, first: null, last: null };
  return {
    state,
    line(text) {
      if (state.lines++ === 0) {
        state.first = text;
        return;
      }
      state.last = text;
      if (text === ']}') return;
      try {
        const file = JSON.parse(text.endsWith(',') ? text.slice(0, -1) : text);
        if (typeof file.path !== 'string' || !Array.isArray(file.diagnostics)) throw new Error('not a file entry');
        state.files++;
        state.diagnostics += file.diagnostics.length;
      } catch {
        state.malformed++;
      }
    },
    wellFormed: () => state.first === '{"files":[' && state.last === ']}' && state.malformed === 0,
  };
}

/** `workers`: NOS_WORKERS for the run, or undefined for the default. */
async function checkTree(dir, workers) {
  const start = performance.now();
  // Each draft on its own, streamed: the suite checks of a folder write once every draft is read.
  const env = { ...process.env, NOS_WORKERS: workers ?? '' };
  const { child, peakMB } = spawnMeasured([CLI, 'check', '--no-workspace', '--format', 'json', dir], env);
  let bytes = 0;
  let firstFileMs = null;
  let stderr = '';
  const hash = createHash('sha256');
  child.stdout.on('data', (chunk) => {
    bytes += chunk.length;
    hash.update(chunk);
  });
  child.stderr.on('data', (chunk) => {
    if (stderr.length < 2000) stderr += chunk;
  });
  const exited = new Promise((resolve) => child.once('close', resolve));
  const output = outputChecker();
  for await (const line of createInterface({ input: child.stdout, crlfDelay: Infinity })) {
    output.line(line);
    if (firstFileMs === null && output.state.files === 1) firstFileMs = performance.now() - start;
  }
  const exitCode = await exited;
  const wallSeconds = (performance.now() - start) / 1000;
  return { wallSeconds, exitCode, outputMB: bytes / 1e6, firstFileMs, peakMB: peakMB(), output: output.state, wellFormed: output.wellFormed(), stderr: stderr.trim(), sha256: hash.digest('hex') };
}

/** Wall time of the I/O floor over `dir`, Node's start-up included as in the check's. */
async function scanFloor(dir, files) {
  const start = performance.now();
  const child = spawn(process.execPath, [SCAN, dir], { stdio: ['ignore', 'pipe', 'inherit'] });
  let output = '';
  child.stdout.on('data', (chunk) => {
    output += chunk;
  });
  const exitCode = await new Promise((resolve) => child.once('close', resolve));
  const wallSeconds = (performance.now() - start) / 1000;
  const seen = exitCode === 0 ? JSON.parse(output) : null;
  if (seen?.files !== files) throw new Error(`the I/O floor read ${seen?.files ?? 'no'} files of ${files}`);
  return wallSeconds;
}

/**
 * The checks (with the worker threads, then on one thread) between two runs of the I/O
 * floor, so that all see the machine alike; the floor's time is their mean.
 */
async function checkBesideFloor(dir, files) {
  const before = await scanFloor(dir, files);
  const result = await checkTree(dir);
  const single = await checkTree(dir, '0');
  const after = await scanFloor(dir, files);
  const floorSeconds = (before + after) / 2;
  return {
    ...result,
    floor: { seconds: [before, after], wallSeconds: floorSeconds, ratio: result.wallSeconds / floorSeconds },
    oneThread: { wallSeconds: single.wallSeconds, peakMB: single.peakMB, ratio: single.wallSeconds / floorSeconds, exitCode: single.exitCode, sameOutput: single.sha256 === result.sha256 },
  };
}

export async function runCli({ corpus, quick }) {
  if (!existsSync(CLI)) throw new Error(`${path.relative(ROOT, CLI)} is missing: run npm run build first`);
  const rows = [];
  const checks = [];
  for (const run of quick ? RUNS.slice(0, 1) : RUNS) {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'nos-bench-'));
    try {
      const generateStart = performance.now();
      const written = writeDrafts(dir, corpus, run.limit);
      const generateSeconds = (performance.now() - generateStart) / 1000;
      const result = await checkBesideFloor(dir, written.files);
      // Exit status 1 only says that error-level findings exist, which the drafts have.
      // The one-thread run must write the same bytes with the same status.
      const complete = result.wellFormed && result.output.files === written.files && (result.exitCode === 0 || result.exitCode === 1) &&
        result.oneThread.sameOutput && result.oneThread.exitCode === result.exitCode;
      // Streaming: the first file's result is out in the first half of the run, not at the end.
      const streamed = result.firstFileMs !== null && result.firstFileMs < (result.wallSeconds * 1000) / 2;
      const row = {
        name: run.name, ...written, inputMB: written.bytes / 1e6, generateSeconds, ...result, cores: os.availableParallelism(),
        filesPerSecond: written.files / result.wallSeconds, mbPerSecond: written.bytes / 1e6 / result.wallSeconds,
        floorMbPerSecond: written.bytes / 1e6 / result.floor.wallSeconds, complete, streamed,
      };
      rows.push(row);
      checks.push({ part: 'cli', ...budget(`${run.name}: wall time`, complete && streamed ? result.wallSeconds : NaN, run.maxSeconds, 's') });
      if (run.maxPeakMB) checks.push({ part: 'cli', ...budget(`${run.name}: peak RSS`, result.peakMB, run.maxPeakMB, 'MB') });
      if (run.maxFloorRatio) checks.push({ part: 'cli', ...budget(`${run.name}: wall time ÷ I/O floor`, complete ? result.floor.ratio : NaN, run.maxFloorRatio, 'x') });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  return { rows, checks };
}

export function printCli({ rows }) {
  printTable(
    'CLI: nos check --format json <dir> as users run it (worker threads for runs big enough; wall time includes node start-up), then on one thread (NOS_WORKERS=0); I/O floor: reading the same files and scanning their lines',
    ['run', 'files', 'input MB', 'cores', 'wall s', 'files/s', 'MB/s', 'floor s', 'floor MB/s', '÷ floor', 'peak MB', '1 thread s', '1 thread ÷ floor', '1 thread peak MB', 'first file ms', 'output MB', 'diagnostics', 'exit', 'output', 'budget', 'verdict'],
    rows.map((r) => {
      const run = RUNS.find((x) => x.name === r.name);
      const pass =
        r.complete && r.streamed && r.wallSeconds <= run.maxSeconds && (!run.maxPeakMB || r.peakMB <= run.maxPeakMB) && (!run.maxFloorRatio || r.floor.ratio <= run.maxFloorRatio);
      return [
        r.name, String(r.files), num(r.inputMB), String(r.cores), num(r.wallSeconds, 2), num(r.filesPerSecond, 0), num(r.mbPerSecond),
        num(r.floor.wallSeconds, 2), num(r.floorMbPerSecond), `${num(r.floor.ratio, 2)}×`, num(r.peakMB),
        num(r.oneThread.wallSeconds, 2), `${num(r.oneThread.ratio, 2)}×`, num(r.oneThread.peakMB), num(r.firstFileMs, 0), num(r.outputMB), String(r.output.diagnostics), String(r.exitCode),
        r.complete ? (r.streamed ? 'complete, streamed' : 'complete, NOT streamed')
          : !r.oneThread.sameOutput ? 'NOT THE SAME on one thread' : `INCOMPLETE ${r.output.files}/${r.files}${r.stderr ? `: ${r.stderr.split('\n')[0]}` : ''}`,
        `≤ ${run.maxSeconds} s${run.maxPeakMB ? `, ≤ ${run.maxPeakMB} MB` : ''}${run.maxFloorRatio ? `, ≤ ${run.maxFloorRatio}× floor` : ''}`, verdict(pass),
      ];
    }),
    'lrrrrrrrrrrrrrrrrrlll',
  );
}
