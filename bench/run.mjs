// `npm run bench`: measures the analysis core in process, the language server over
// stdio and the `nos check` command, prints a table per part with its budgets, and
// writes every figure to bench/results/latest.json. See bench/README.md.

import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { loadCore } from './lib/build.mjs';
import { loadCorpus, REPRESENTATIVE, ROOT } from './lib/corpus.mjs';
import { budget, medianOfRuns, printBudgets } from './lib/report.mjs';
import { loadAverage, machine } from './lib/system.mjs';
import { printCli, runCli } from './parts/cli.mjs';
import { printCore, runCore } from './parts/core.mjs';
import { floorMedians, printFloor, runFloor } from './parts/floor.mjs';
import { printServer, runServer } from './parts/server.mjs';
import { printWorkspace, runWorkspace } from './parts/workspace.mjs';

const USAGE = `Usage: node bench/run.mjs [--part core|server|floor|cli|workspace]... [--draft <id>]... [--quick] [--runs <n>]

  --part   run only this part (repeatable); default all four
  --draft  server part: only this draft (repeatable, e.g. 002); default every draft,
           or the representative draft ${REPRESENTATIVE} with --quick
  --quick  shorter timings, fewer repetitions, no 100 MB CLI run
  --runs   run the parts n times and judge each budget on the median of the n runs
`;

const PARTS = {
  core: { run: runCore, print: printCore },
  server: { run: runServer, print: printServer },
  // After several runs, the floor part's figures are also given as medians over the runs.
  floor: { run: runFloor, print: printFloor, medians: floorMedians },
  cli: { run: runCli, print: printCli },
  workspace: { run: runWorkspace, print: printWorkspace },
};

function options() {
  const { values } = parseArgs({
    options: {
      part: { type: 'string', multiple: true },
      draft: { type: 'string', multiple: true },
      quick: { type: 'boolean', default: false },
      runs: { type: 'string', default: '1' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    process.stdout.write(USAGE);
    process.exit(0);
  }
  const parts = values.part ?? Object.keys(PARTS);
  const unknown = parts.filter((part) => !PARTS[part]);
  if (unknown.length) fail(`unknown part ${unknown.join(', ')}`);
  const runs = Number(values.runs);
  if (!Number.isInteger(runs) || runs < 1) fail(`--runs takes a whole number of runs, not ${values.runs}`);
  return { parts, quick: values.quick, drafts: values.draft, runs };
}

function fail(message) {
  process.stderr.write(`bench: ${message}\n\n${USAGE}`);
  process.exit(2);
}

function commit() {
  try {
    const head = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain', '--untracked-files=no'], { cwd: ROOT, encoding: 'utf8' }).trim() !== '';
    return { head, dirty };
  } catch {
    return null;
  }
}

const { parts, quick, drafts, runs } = options();
const corpus = loadCorpus();
const missing = (drafts ?? []).filter((id) => !corpus.some((draft) => draft.id === id));
if (missing.length) fail(`no draft ${missing.join(', ')} in samples/`);
const context = {
  core: await loadCore(),
  corpus,
  quick,
  drafts: drafts ?? (quick ? [REPRESENTATIVE] : corpus.map((draft) => draft.id)),
};
const results = { machine: machine(), commit: commit(), quick, runs, representative: REPRESENTATIVE };
const { cpu, cores, node, loadAverageAtStart } = results.machine;
console.log(`${cpu}, ${cores} cores, node ${node}, load average ${loadAverageAtStart.toFixed(2)}${quick ? ' (quick run)' : ''}`);

/** Runs every part once; returns each part's result and the budget checks of the run. */
async function runParts() {
  const checks = [];
  const outcome = {};
  for (const part of parts) {
    // A part that cannot run (no bundle yet, a crash) is reported and the others still run.
    try {
      const result = await PARTS[part].run(context);
      PARTS[part].print(result);
      outcome[part] = result;
      checks.push(...result.checks);
    } catch (error) {
      console.log(`\n${part}: FAILED: ${error.stack ?? error}`);
      outcome[part] = { error: String(error) };
      checks.push({ part, ...budget('runs to the end', NaN, 0, '') });
    }
  }
  return { outcome, checks };
}

let checks;
if (runs === 1) {
  const { outcome, checks: once } = await runParts();
  Object.assign(results, outcome);
  checks = once;
} else {
  // Timings move between runs on a shared machine: each budget is judged on the median.
  const all = [];
  for (const part of parts) results[part] = [];
  results.loadAverages = [];
  for (let run = 1; run <= runs; run++) {
    results.loadAverages.push(loadAverage());
    console.log(`\nRun ${run} of ${runs} (load average ${loadAverage().toFixed(2)})`);
    const { outcome, checks: once } = await runParts();
    for (const part of parts) results[part].push(outcome[part]);
    all.push(once);
  }
  checks = medianOfRuns(all);
  results.medians = {};
  for (const part of parts.filter((p) => PARTS[p].medians)) {
    const medians = PARTS[part].medians(results[part]);
    if (medians) PARTS[part].print(medians);
    results.medians[part] = medians;
  }
}
printBudgets(checks, runs);
results.budgets = checks;
results.machine.loadAverageAtEnd = loadAverage();

const file = path.join(ROOT, 'bench', 'results', 'latest.json');
mkdirSync(path.dirname(file), { recursive: true });
writeFileSync(file, JSON.stringify(results, null, 2) + '\n');
console.log(`\nWrote ${path.relative(process.cwd(), file)}`);
