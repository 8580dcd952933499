// Builds the in-editor suite into out/suite and runs it through test/editor/run.mjs
// (runTests() on code-server) against a temporary folder holding the sample drafts.
//   node test/suite/run.mjs                     the suite must pass
//   node test/suite/run.mjs --negative-control  NOS_EDITOR_NEGATIVE=1: the suite must fail
// Build the extension first (node esbuild.mjs) and install code-server (test/editor/setup.mjs).
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import * as esbuild from 'esbuild';
import { draftsFolder } from '../draftsFolder.mjs';
import { repoRoot } from '../editor/paths.mjs';

const { values } = parseArgs({ options: { 'negative-control': { type: 'boolean' } } });
const negative = values['negative-control'] === true;
const suiteDir = path.join(repoRoot, 'test', 'suite');
const outDir = path.join(repoRoot, 'out', 'suite');

// One CommonJS file per source, unbundled, so that mocha can require each test file.
async function build() {
  fs.rmSync(outDir, { recursive: true, force: true });
  const sources = fs.readdirSync(suiteDir, { recursive: true }).filter((file) => file.endsWith('.ts'));
  await esbuild.build({
    entryPoints: sources.map((file) => path.join(suiteDir, file)),
    outbase: suiteDir,
    outdir: outDir,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    logLevel: 'warning',
  });
}

// Runs the suite, echoing its output if asked; resolves with the exit code and the output.
function runSuite(folder, env, echo) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(repoRoot, 'test', 'editor', 'run.mjs'), '--tests', outDir, '--', folder], {
      cwd: repoRoot, env, stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    for (const [stream, to] of [[child.stdout, process.stdout], [child.stderr, process.stderr]]) {
      stream.on('data', (chunk) => {
        output += chunk;
        if (echo) to.write(chunk);
      });
    }
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, output }));
  });
}

await build();
const { folder, remove } = draftsFolder();
try {
  if (!negative) {
    const { code } = await runSuite(folder, process.env, true);
    process.exitCode = code;
  } else {
    console.log('negative control: NOS_EDITOR_NEGATIVE=1 expects off-by-one numbering, so the suite must fail');
    const { code, output } = await runSuite(folder, { ...process.env, NOS_EDITOR_NEGATIVE: '1' }, false);
    // Failing tests, not a broken harness: mocha reports failures next to passes.
    const passing = /(\d+) passing/.exec(output)?.[1];
    const failing = /(\d+) failing/.exec(output)?.[1];
    if (code !== 0 && passing && failing) {
      console.log(`negative control: ${failing} failing and ${passing} passing, as expected`);
    } else {
      process.stderr.write(output);
      console.error(`negative control: expected failing tests, got exit code ${code}`);
      process.exitCode = 1;
    }
  }
} finally {
  remove();
}
