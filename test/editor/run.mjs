// Runs an extension test suite through @vscode/test-electron's runTests():
//   node test/editor/run.mjs --tests PATH [--extension DIR] [-- LAUNCH_ARGS...]
// PATH is the tests module (a file, or a folder with index.js) exporting run(); DIR is the
// extension under test (default: the repository root). LAUNCH_ARGS go to VS Code, e.g. a
// folder to open or --disable-extensions. The env vars NOS_EXTENSION_TESTS_PATH and
// NOS_EXTENSION_DEVELOPMENT_PATH can stand in for --tests and --extension.
// By default VS Code is code-server + headless Chromium (launcher.sh, run setup.mjs first);
// NOS_VSCODE_DOWNLOAD=1 lets runTests() download a desktop VS Code instead.
// Run it from the repository root: runTests() keeps its cache in ./.vscode-test.
import path from 'node:path';
import { parseArgs } from 'node:util';
import { runTests } from '@vscode/test-electron';
import { harnessDir, repoRoot } from './paths.mjs';

const { values, positionals: launchArgs } = parseArgs({
  options: { tests: { type: 'string' }, extension: { type: 'string' } },
  allowPositionals: true,
});
const tests = values.tests ?? process.env.NOS_EXTENSION_TESTS_PATH;
const extension = values.extension ?? process.env.NOS_EXTENSION_DEVELOPMENT_PATH ?? repoRoot;
if (!tests) {
  console.error('run: usage: node test/editor/run.mjs --tests PATH [--extension DIR] [-- LAUNCH_ARGS...]');
  process.exit(2);
}

const options = {
  extensionDevelopmentPath: path.resolve(extension),
  extensionTestsPath: path.resolve(tests),
  launchArgs,
};
if (process.env.NOS_VSCODE_DOWNLOAD !== '1') options.vscodeExecutablePath = path.join(harnessDir, 'launcher.sh');

try {
  await runTests(options);
} catch (error) {
  console.error(`run: ${error.message}`);
  process.exit(error.code || 1);
}
