// `npm run bench`: measures the analysis core in process, the language server over
// stdio and the `nos check` command, prints a table per part with its budgets, and
// writes every figure to bench/results/latest.json. See bench/README.md.

import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { loadCore } from './lib/build.mjs';
import { loadCorpus, REPRESENTATIVE, ROOT } from './lib/corpus.mjs';
import { budget, printBudgets } from './lib/report.mjs';
import { loadAverage, machine } from './lib/system.mjs';
import { printCli, runCli } from './parts/cli.mjs';
import { printCore, runCore } from './parts/core.mjs';
import { printServer, runServer } from './parts/server.mjs';
import { printWorkspace, runWorkspace } from './parts/workspace.mjs';

const USAGE = `Usage: node bench/run.mjs [--part core|server|cli|workspace]... [--draft <id>]... [--quick]

  --part   run only this part (repeatable); default all four
  --draft  server part: only this draft (repeatable, e.g. 002); default every draft,
           or the representative draft ${REPRESENTATIVE} with --quick
  --quick  shorter timings, fewer repetitions, no 100 MB CLI run
`;

const PARTS = {
  core: { run: runCore, print: printCore },
  server: { run: runServer, print: printServer },
  cli: { run: runCli, print: printCli },
  workspace: { run: runWorkspace, print: printWorkspace },
};

function options() {
  const { values } = parseArgs({
    options: {
      part: { type: 'string', multiple: true },
      draft: { type: 'string', multiple: true },
      quick: { type: 'boolean', default: false },
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
  return { parts, quick: values.quick, drafts: values.draft };
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

const { parts, quick, drafts } = options();
const corpus = loadCorpus();
const missing = (drafts ?? []).filter((id) => !corpus.some((draft) => draft.id === id));
if (missing.length) fail(`no draft ${missing.join(', ')} in samples/`);
const context = {
  core: await loadCore(),
  corpus,
  quick,
  drafts: drafts ?? (quick ? [REPRESENTATIVE] : corpus.map((draft) => draft.id)),
};
const results = { machine: machine(), commit: commit(), quick, representative: REPRESENTATIVE };
const { cpu, cores, node, loadAverageAtStart } = results.machine;
console.log(`${cpu}, ${cores} cores, node ${node}, load average ${loadAverageAtStart.toFixed(2)}${quick ? ' (quick run)' : ''}`);

const checks = [];
for (const part of parts) {
  // A part that cannot run (no bundle yet, a crash) is reported and the others still run.
  try {
    const result = await PARTS[part].run(context);
    PARTS[part].print(result);
    results[part] = result;
    checks.push(...result.checks);
  } catch (error) {
    console.log(`\n${part}: FAILED: ${error.stack ?? error}`);
    results[part] = { error: String(error) };
    checks.push({ part, ...budget('runs to the end', NaN, 0, '') });
  }
}
printBudgets(checks);
results.budgets = checks;
results.machine.loadAverageAtEnd = loadAverage();

const file = path.join(ROOT, 'bench', 'results', 'latest.json');
mkdirSync(path.dirname(file), { recursive: true });
writeFileSync(file, JSON.stringify(results, null, 2) + '\n');
console.log(`\nWrote ${path.relative(process.cwd(), file)}`);
