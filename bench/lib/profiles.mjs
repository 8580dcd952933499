// Summarises V8 profiles per function, located in the TypeScript source through the
// bundle's source map: CPU profiles (node --cpu-prof) by self and inclusive time,
// sampling heap profiles by bytes allocated.

import { existsSync, readFileSync } from 'node:fs';
import { SourceMap } from 'node:module';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ROOT } from './corpus.mjs';

const maps = new Map();
const toPath = (url) => (url.startsWith('file:') ? fileURLToPath(url) : url);

function sourceMapOf(file) {
  if (!maps.has(file)) {
    maps.set(file, existsSync(`${file}.map`) ? new SourceMap(JSON.parse(readFileSync(`${file}.map`, 'utf8'))) : null);
  }
  return maps.get(file);
}

/** "server/src/core/model/parse.ts:120" for bundled code, the plain location otherwise. */
function locate({ url, lineNumber, columnNumber }) {
  if (!url) return '';
  const file = toPath(url);
  if (!path.isAbsolute(file)) return `${file}:${lineNumber + 1}`; // node:internal/…
  const entry = sourceMapOf(file)?.findEntry(lineNumber, columnNumber);
  if (!entry?.originalSource) return `${path.relative(ROOT, file)}:${lineNumber + 1}`;
  const source = path.resolve(path.dirname(file), toPath(entry.originalSource));
  return `${path.relative(ROOT, source)}:${entry.originalLine + 1}`;
}

/** Rows sorted by self time: { name, where, selfMs, totalMs }, plus the idle and busy totals. */
export function summariseCpu(file) {
  const profile = JSON.parse(readFileSync(file, 'utf8'));
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  const selfMs = new Map();
  profile.samples.forEach((id, i) => selfMs.set(id, (selfMs.get(id) ?? 0) + profile.timeDeltas[i] / 1000));

  const rows = new Map();
  const row = (node) => {
    const where = locate(node.callFrame);
    const key = `${node.callFrame.functionName}@${where}`;
    if (!rows.has(key)) rows.set(key, { name: node.callFrame.functionName || '(anonymous)', where, selfMs: 0, totalMs: 0 });
    return rows.get(key);
  };
  // Inclusive time counts a function once per stack, however deep it recurses.
  const visit = (node, onStack) => {
    const r = row(node);
    let total = selfMs.get(node.id) ?? 0;
    r.selfMs += total;
    const first = !onStack.has(r);
    onStack.add(r);
    for (const child of node.children ?? []) total += visit(nodes.get(child), onStack);
    if (first) {
      onStack.delete(r);
      r.totalMs += total;
    }
    return total;
  };
  visit(profile.nodes[0], new Set());

  const all = [...rows.values()];
  const idleMs = all.filter((r) => r.name === '(idle)').reduce((sum, r) => sum + r.selfMs, 0);
  const busyMs = all.reduce((sum, r) => sum + r.selfMs, 0) - idleMs;
  return { busyMs, idleMs, rows: all.filter((r) => r.name !== '(idle)' && r.name !== '(root)').sort((a, b) => b.selfMs - a.selfMs) };
}

/** Rows sorted by bytes allocated: { name, where, bytes }, plus the total. */
export function summariseHeap(file) {
  const { head } = JSON.parse(readFileSync(file, 'utf8'));
  const rows = new Map();
  let total = 0;
  const visit = (node) => {
    const where = locate(node.callFrame);
    const key = `${node.callFrame.functionName}@${where}`;
    if (!rows.has(key)) rows.set(key, { name: node.callFrame.functionName || '(anonymous)', where, bytes: 0 });
    rows.get(key).bytes += node.selfSize;
    total += node.selfSize;
    for (const child of node.children) visit(child);
  };
  visit(head);
  return { total, rows: [...rows.values()].filter((r) => r.bytes > 0).sort((a, b) => b.bytes - a.bytes) };
}
