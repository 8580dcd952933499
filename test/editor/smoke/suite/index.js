// Extension test entry point (what runTests() calls extensionTestsPath): runs every
// *.test.js next to it with mocha's tdd UI and rejects when a test fails.
const fs = require('node:fs');
const path = require('node:path');
const Mocha = require('mocha');

exports.run = () => {
  const mocha = new Mocha({ ui: 'tdd', color: false, timeout: 20000 });
  for (const file of fs.readdirSync(__dirname).filter((name) => name.endsWith('.test.js')).sort()) {
    mocha.addFile(path.join(__dirname, file));
  }
  return new Promise((resolve, reject) => {
    mocha.run((failures) => (failures ? reject(new Error(`${failures} test(s) failed`)) : resolve()));
  });
};
