// Bundles the extension client, the language server and the CLI into dist/, and the client
// and server again for browsers.
// `node esbuild.mjs --watch` rebuilds on change; `--production` minifies for packaging.

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
};

// For VS Code in a browser: the extension as a CommonJS module for the web worker extension
// host, the server as a classic worker script. No Node built-in may be reached from either
// (esbuild fails on one), and the packages' `browser` builds are taken.
const browser = { ...common, platform: 'browser', target: 'es2022', mainFields: ['browser', 'module', 'main'] };

const builds = [
  { ...common, entryPoints: { extension: 'client/src/nodeExtension.ts' }, outdir: 'dist', external: ['vscode'] },
  { ...common, entryPoints: { server: 'server/src/server.ts' }, outdir: 'dist' },
  { ...common, entryPoints: { cli: 'server/src/cli/main.ts' }, outdir: 'dist', banner: { js: '#!/usr/bin/env node' } },
  { ...browser, entryPoints: { browserExtension: 'client/src/browserExtension.ts' }, outdir: 'dist', format: 'cjs', external: ['vscode'] },
  { ...browser, entryPoints: { browserServer: 'server/src/browserServer.ts' }, outdir: 'dist', format: 'iife' },
];

if (watch) {
  for (const options of builds) await (await esbuild.context(options)).watch();
} else {
  await Promise.all(builds.map((options) => esbuild.build(options)));
}
