// Bundles the extension client, the language server and the CLI into dist/, and the client
// and server again for browsers.
// `node esbuild.mjs --watch` rebuilds on change; `--production` minifies for packaging.

import { copyFileSync, mkdirSync } from 'node:fs';
import * as esbuild from 'esbuild';

const watch = process.argv.includes('--watch');
const production = process.argv.includes('--production');

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: !production,
  minify: production,
  logLevel: 'warning',
  // ES module builds first: jsonc-parser's UMD build loads its parts with a require() esbuild cannot follow.
  mainFields: ['module', 'main'],
  // Only the TypeScript sources run the spelling worker through tsx (tests): never bundled.
  external: ['tsx/cjs'],
};

// For VS Code in a browser: the extension as a CommonJS module for the web worker extension
// host, the server as a classic worker script. No Node built-in may be reached from either
// (esbuild fails on one), and the packages' `browser` builds are taken.
const browser = { ...common, platform: 'browser', target: 'es2022', mainFields: ['browser', 'module', 'main'] };

const builds = [
  { ...common, entryPoints: { extension: 'client/src/nodeExtension.ts' }, outdir: 'dist', external: ['vscode', 'tsx/cjs'] },
  { ...common, entryPoints: { server: 'server/src/server.ts' }, outdir: 'dist' },
  { ...common, entryPoints: { cli: 'server/src/cli/main.ts' }, outdir: 'dist', banner: { js: '#!/usr/bin/env node' } },
  // The worker threads of `nos check` (cli/pool.ts).
  { ...common, entryPoints: { checkWorker: 'server/src/cli/checkWorker.ts' }, outdir: 'dist' },
  { ...browser, entryPoints: { browserExtension: 'client/src/browserExtension.ts' }, outdir: 'dist', format: 'cjs', external: ['vscode'] },
  { ...browser, entryPoints: { browserServer: 'server/src/browserServer.ts' }, outdir: 'dist', format: 'iife' },
  // Word import and export, loaded by the extension only when used.
  { ...common, entryPoints: { word: 'server/src/word/index.ts' }, outdir: 'dist' },
  // The spelling worker is an ES module: the WebAssembly glue of hunspell-wasm reads import.meta.
  { ...common, format: 'esm', entryPoints: { spellWorker: 'server/src/spelling/worker.ts' }, outdir: 'dist', outExtension: { '.js': '.mjs' },
    banner: { js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url); const __dirname = new URL('.', import.meta.url).pathname;" } },
];

/** The dictionaries and Hunspell's WebAssembly, beside the bundles that load them (spelling/dictionaries.ts). */
function copyDictionaries() {
  mkdirSync('dist/dictionaries', { recursive: true });
  for (const [lang, pkg] of [['en', 'dictionary-en-gb'], ['cy', 'dictionary-cy']]) {
    for (const ext of ['aff', 'dic']) copyFileSync(`node_modules/${pkg}/index.${ext}`, `dist/dictionaries/${lang}.${ext}`);
    copyFileSync(`node_modules/${pkg}/license`, `dist/dictionaries/${lang}.license`);
  }
  copyFileSync('node_modules/hunspell-wasm/wasm/hunspell.wasm', 'dist/hunspell.wasm');
  copyFileSync('node_modules/hunspell-wasm/COPYING.MPL', 'dist/hunspell.license');
}
copyDictionaries();

if (watch) {
  for (const options of builds) await (await esbuild.context(options)).watch();
} else {
  await Promise.all(builds.map((options) => esbuild.build(options)));
}
