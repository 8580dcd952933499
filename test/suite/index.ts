// Entry point for runTests()' extensionTestsPath: runs the compiled *.test.js files next to
// it with mocha's tdd UI, activation first (it needs the extension not yet active).
import * as fs from 'node:fs';
import * as path from 'node:path';
import Mocha from 'mocha';

const FIRST = 'activation.test.js';

export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'tdd', color: false, timeout: 60_000 });
  const files = fs.readdirSync(__dirname).filter((name) => name.endsWith('.test.js') && name !== FIRST).sort();
  for (const file of [FIRST, ...files]) mocha.addFile(path.join(__dirname, file));
  return new Promise((resolve, reject) => {
    const runner = mocha.run((failures) => (failures ? reject(new Error(`${failures} test(s) failed`)) : resolve()));
    // Each failure's reason as it happens: the launcher's overall time limit may end the run
    // before mocha's summary, and a failure often explains the ones after it.
    runner.on('fail', (test, error: Error) => console.error(`failed: ${test.fullTitle()}\n${error.stack ?? error.message}`));
  });
}
