// `npm run package` builds a .vsix that contributes the language, grammar, snippets,
// commands and settings, and whose bundled server starts; its browser bundles are checked
// in a browser by test/browser/.

import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import * as yauzl from 'yauzl';
import { TestClient } from '../protocol/client';
import { ROOT } from '../unit/helpers/fixtures';

/** Every file of a zip archive, by name. */
function readZip(file: string): Promise<Map<string, Buffer>> {
  return new Promise((resolve, reject) => {
    const files = new Map<string, Buffer>();
    yauzl.open(file, { lazyEntries: true }, (error, zip) => {
      if (error) return reject(error);
      zip.on('entry', (entry: yauzl.Entry) => {
        zip.openReadStream(entry, (streamError, stream) => {
          if (streamError) return reject(streamError);
          const chunks: Buffer[] = [];
          stream.on('data', (chunk: Buffer) => chunks.push(chunk));
          stream.on('end', () => {
            files.set(entry.fileName, Buffer.concat(chunks));
            zip.readEntry();
          });
        });
      });
      zip.on('end', () => resolve(files));
      zip.readEntry();
    });
  });
}

describe('npm run package', function () {
  this.timeout(120_000);
  const dir = mkdtempSync(path.join(tmpdir(), 'nos-package-'));
  const vsix = path.join(dir, 'nos-author.vsix');
  let files: Map<string, Buffer>;

  before(async () => {
    execFileSync('npm', ['run', '--silent', 'package', '--', '-o', vsix], { cwd: ROOT, stdio: 'pipe' });
    files = await readZip(vsix);
  });

  after(() => rmSync(dir, { recursive: true, force: true }));

  it('holds the bundles, grammar, snippets, language configuration, rule docs and schemas, and no sources', () => {
    for (const name of ['dist/extension.js', 'dist/server.js', 'dist/cli.js', 'dist/checkWorker.js', 'dist/browserExtension.js', 'dist/browserServer.js', 'dist/word.js', 'dist/spellWorker.mjs', 'dist/hunspell.wasm', 'dist/dictionaries/cy.dic', 'dist/dictionaries/en.aff', 'syntaxes/nos.tmLanguage.json', 'snippets/nos.code-snippets', 'language-configuration.json',
      'docs/rules/README.md', 'docs/rules/criteria-numbering.md', 'schemas/rules.schema.json', 'schemas/nosrc.schema.json']) {
      assert.ok(files.has(`extension/${name}`), name);
    }
    assert.deepEqual([...files.keys()].filter((f) => /\.ts$|node_modules|\.map$/.test(f)), []);
  });

  it('contributes the language, grammar, snippets, commands and settings', () => {
    const manifest = JSON.parse(files.get('extension/package.json')!.toString('utf8'));
    const { contributes } = manifest;
    assert.deepEqual(contributes.languages[0].extensions, ['.nos', '.nos.txt', '.nos.md']);
    assert.equal(contributes.grammars[0].scopeName, 'text.nos');
    assert.equal(contributes.snippets[0].language, 'nos');
    assert.deepEqual(contributes.commands.map((c: { command: string }) => c.command), ['nos.checkAsNos', 'nos.fixAll', 'nos.reflow', 'nos.restartServer', 'nos.openOtherLanguage', 'nos.newStandard.en', 'nos.newStandard.cy', 'nos.chooseLanguage', 'nos.importWord', 'nos.exportWord']);
    assert.deepEqual(contributes.customEditors.map((e: { viewType: string; priority: string }) => [e.viewType, e.priority]), [['nos.wordImport', 'default']]);
    assert.deepEqual(Object.keys(contributes.configuration.properties), ['nos.language', 'nos.messagesLanguage', 'nos.rules', 'nos.maxFileSize', 'nos.files', 'nos.renumberOnType', 'nos.trace.server']);
    assert.equal(manifest.main, './dist/extension.js');
    assert.equal(manifest.browser, './dist/browserExtension.js');
    // Every %key% title and description has an English and a Welsh string.
    const keys = [...JSON.stringify(contributes).matchAll(/"%([^%"]+)%"/g)].map((m) => m[1]);
    for (const file of ['package.nls.json', 'package.nls.cy.json']) {
      const strings = JSON.parse(files.get(`extension/${file}`)!.toString('utf8'));
      for (const key of keys) assert.ok(typeof strings[key] === 'string' && strings[key] !== '', `${file}: ${key}`);
    }
    // The settings editor names each language choice in the display language, not by its code.
    for (const id of ['nos.language', 'nos.messagesLanguage']) {
      const setting = contributes.configuration.properties[id];
      assert.equal(setting.enumItemLabels?.length, setting.enum.length, id);
    }
  });

  it('lists the Word commands where the extension host can run them: the desktop, or wherever the Node build says so (nos.word)', () => {
    const manifest = JSON.parse(files.get('extension/package.json')!.toString('utf8'));
    const entries = Object.values(manifest.contributes.menus as Record<string, Array<{ command: string; when: string }>>).flat();
    const word = entries.filter((entry) => entry.command === 'nos.importWord' || entry.command === 'nos.exportWord');
    assert.equal(word.length, 3);
    for (const { when } of word) {
      // code-server is a web UI over a Node extension host: `isWeb` alone would hide them there.
      assert.match(when, /!isWeb \|\| nos\.word/);
    }
  });

  it('validates .nosrc.json with the schema it ships, which finds its rules schema beside it', () => {
    const { contributes } = JSON.parse(files.get('extension/package.json')!.toString('utf8'));
    assert.deepEqual(contributes.jsonValidation, [{ fileMatch: '.nosrc.json', url: './schemas/nosrc.schema.json' }]);
    assert.deepEqual(contributes.languages.find((l: { id: string }) => l.id === 'jsonc')?.filenames, ['.nosrc.json']);
    const schema = files.get('extension/schemas/nosrc.schema.json')!.toString('utf8');
    for (const [, ref] of schema.matchAll(/"\$ref": "\.\/([^"#]+)"/g)) assert.ok(files.has(`extension/schemas/${ref}`), ref);
  });

  it('ships browser bundles that load no module but the editor\'s', () => {
    const required = (name: string) => new Set([...files.get(`extension/dist/${name}`)!.toString('utf8').matchAll(/\brequire\(\s*["'`]([^"'`]+)["'`]\s*\)/g)].map((m) => m[1]));
    assert.deepEqual([...required('browserExtension.js')], ['vscode']);
    assert.deepEqual([...required('browserServer.js')], []);
  });

  it('ships a server that starts and checks a draft', async () => {
    const server = path.join(dir, 'server.js');
    writeFileSync(server, files.get('extension/dist/server.js')!);
    const client = new TestClient(server);
    try {
      const { capabilities } = await client.initialize();
      assert.ok(capabilities.diagnosticProvider);
      await client.open('file:///draft.nos.txt', 'Overview\nText');
      const items = await client.diagnosticItems('file:///draft.nos.txt');
      assert.ok(items.some((d) => d.code === 'missing-title'));
    } finally {
      await client.stop();
    }
  });
});
