// Bundles the analysis core as the server and the CLI ship it (same esbuild options),
// so in-process figures reflect bundled code rather than a TypeScript loader; and the
// floor server (floor/server.mjs) as dist/server.js is bundled, so that both start alike.

import { createRequire } from 'node:module';
import * as path from 'node:path';
import * as esbuild from 'esbuild';
import { ROOT } from './corpus.mjs';

const BUILD_DIR = path.join(ROOT, 'bench', 'results', 'build');
export const CORE_BUNDLE = path.join(BUILD_DIR, 'core.cjs');
export const FLOOR_BUNDLE = path.join(BUILD_DIR, 'floor.cjs');

/** The options esbuild.mjs gives dist/server.js. */
const SERVER_OPTIONS = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: true,
  logLevel: 'warning',
  mainFields: ['module', 'main'],
};

export async function loadCore() {
  await esbuild.build({ ...SERVER_OPTIONS, entryPoints: [path.join(ROOT, 'server', 'src', 'core', 'index.ts')], outfile: CORE_BUNDLE });
  return createRequire(import.meta.url)(CORE_BUNDLE);
}

/** Bundles the floor server as dist/server.js is bundled; returns its path. */
export async function buildFloor() {
  await esbuild.build({ ...SERVER_OPTIONS, entryPoints: [path.join(ROOT, 'bench', 'floor', 'server.mjs')], outfile: FLOOR_BUNDLE });
  return FLOOR_BUNDLE;
}
