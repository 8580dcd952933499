// What the shipped code may do, checked on its sources: the core, the server, the CLI
// and the extension import only the modules listed here (no network, eval or dynamic code,
// and no process but the spelling processes, forked from their own file), so nothing in a document, a setting or a configuration file can run; the
// server reads only .nosrc.json files and the workspace's NOS files, through the client; and the manifest says the
// extension works in untrusted and virtual workspaces and offers to restart the server.
// (That a crashed server comes back is tested in the editor: test/suite/restart.test.ts.)

import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

const ROOT = resolve(__dirname, '../..');

/** Modules each part may import besides its own files. */
const ALLOWED: Array<[string, string[]]> = [
  ['server/src/core', ['fastest-levenshtein', 'wink-lexicon/src/lexicon.js']],
  ['server/src/config', ['jsonc-parser', 'picomatch/posix', 'fastest-levenshtein']],
  ['server/src/shared', ['vscode-languageserver', 'node:path', 'node:url']],
  ['server/src/lsp', ['vscode-languageserver', 'vscode-languageserver/node', 'vscode-languageserver-textdocument', 'node:stream']],
  ['server/src/server.ts', ['vscode-languageserver/node', 'vscode-languageserver-textdocument']],
  ['server/src/browserServer.ts', ['vscode-languageserver/browser']],
  // The spelling processes (worker.ts, forked by spellingProcess.ts) read the dictionaries shipped with the extension, nothing else.
  ['server/src/spelling', ['node:child_process', 'node:fs', 'node:path', 'hunspell-wasm', 'hunspell-wasm/wasm/hunspell.js']],
  // `nos check` reads and analyses drafts in worker threads of its own bundled file, one per core.
  ['server/src/cli', ['node:fs', 'node:path', 'node:crypto', 'node:events', 'node:util', 'node:url', 'node:worker_threads', 'node:os', 'sarif', '@observablehq/plot', 'linkedom']],
  ['client/src', ['vscode', 'vscode-languageclient', 'vscode-languageclient/node', 'vscode-languageclient/browser', 'node:path']],
  ['server/src/word', ['mammoth', 'docx', 'yauzl', '@xmldom/xmldom']],
];
const DYNAMIC = /\beval\s*\(|\bnew\s+Function\b|\bfetch\s*\(|XMLHttpRequest|WebSocket|\bimport\s*\(/;
/** The module an import or export statement or a require call names (not the word "from" in a list of words). */
const SPECIFIER = /^\s*(?:import|export)\b(?:[^'"]*?\bfrom)?\s*['"]([^'"]+)['"]|\brequire\(\s*['"]([^'"]+)['"]/gm;

function sources(path: string): string[] {
  const full = join(ROOT, path);
  if (full.endsWith('.ts')) return [full];
  return readdirSync(full, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts')).map((f) => join(full, f));
}

describe('trust: what the extension, server, core and CLI can do', () => {
  for (const [part, allowed] of ALLOWED) {
    it(`${part} imports only its own files and ${allowed.join(', ')}, and runs no dynamic code`, () => {
      for (const file of sources(part)) {
        const text = readFileSync(file, 'utf8');
        const name = relative(ROOT, file);
        assert.doesNotMatch(text, DYNAMIC, name);
        for (const [, imported, required] of text.matchAll(SPECIFIER)) {
          const specifier = imported ?? required;
          assert.ok(specifier.startsWith('.') || allowed.includes(specifier), `${name} imports ${specifier}`);
        }
      }
    });
  }

  it('lets the server read nothing but .nosrc.json files and NOS files, through the client, and only with the client\'s consent', () => {
    // The server has no file system access of its own: its only reads are these requests.
    const server = ['server/src/lsp', 'server/src/server.ts', 'server/src/browserServer.ts', 'server/src/config', 'server/src/shared'].flatMap(sources);
    const readers = (request: string) => server.filter((file) => readFileSync(file, 'utf8').includes(`'${request}'`)).map((file) => relative(ROOT, file));
    assert.deepEqual(readers('nos/readConfigFile'), [join('server/src/lsp/configFiles.ts')]);
    assert.deepEqual(readers('nos/readWorkspaceFile'), [join('server/src/lsp/workspaceFiles.ts')]);
    // The client reads for the workspace index only files it listed or saw change (NOS files).
    const workspaceFiles = readFileSync(join(ROOT, 'client/src/workspaceFiles.ts'), 'utf8');
    assert.match(workspaceFiles, /if \(typeof params\?\.uri !== 'string' \|\| !this\.known\.has\(params\.uri\)\) return null;/);
    assert.ok(server.every((file) => !/from 'node:fs'/.test(readFileSync(file, 'utf8'))));
    // Besides them, the words file for spelling, asked for by document and found by the client.
    const wordReaders = server.filter((file) => readFileSync(file, 'utf8').includes("'nos/readWordsFile'")).map((file) => relative(ROOT, file));
    assert.deepEqual(wordReaders, [join('server/src/lsp/spelling.ts')]);
    const spelling = readFileSync(join(ROOT, 'client/src/spelling.ts'), 'utf8');
    assert.match(spelling, /const WORDS_FILE_NAME = '\.nos-words\.txt';/);
    assert.match(spelling, /const file = await nearest\(vscode\.Uri\.parse\(params\.uri, true\), WORDS_FILE_NAME\);/);
    // The client answers for files of that one name only.
    const client = readFileSync(join(ROOT, 'client/src/configFiles.ts'), 'utf8');
    assert.match(client, /const CONFIG_FILE_NAME = '\.nosrc\.json';/);
    assert.match(client, /if \(!uri \|\| !uri\.path\.endsWith\(`\/\$\{CONFIG_FILE_NAME\}`\)\) throw/);
  });

  it('starts no process but the spelling processes, each a fork of the worker shipped beside it', () => {
    const shipped = ['server/src', 'client/src'].flatMap(sources);
    const starters = shipped.filter((file) => readFileSync(file, 'utf8').includes("'node:child_process'")).map((file) => relative(ROOT, file));
    assert.deepEqual(starters, [join('server/src/spelling/spellingProcess.ts')]);
    const starter = readFileSync(join(ROOT, 'server/src/spelling/spellingProcess.ts'), 'utf8');
    assert.doesNotMatch(starter, /\b(?:spawn|exec|execFile|spawnSync|execSync|execFileSync)\s*\(/);
    assert.match(starter, /fork\(file \?\? join\(__dirname, source \? 'worker\.ts' : 'spellWorker\.mjs'\), \[lang, __dirname\]/);
  });

  it('declares support for untrusted and virtual workspaces', () => {
    const { capabilities } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { capabilities: Record<string, { supported: unknown }> };
    assert.equal(capabilities.untrustedWorkspaces.supported, true);
    assert.equal(capabilities.virtualWorkspaces.supported, true);
  });

  it('offers "NOS: Restart server"', () => {
    const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { contributes: { commands: { command: string; title: string; category: string }[] } };
    assert.deepEqual(
      manifest.contributes.commands.find((c) => c.command === 'nos.restartServer'),
      { command: 'nos.restartServer', title: '%command.restartServer%', category: '%category%' },
    );
  });
});
