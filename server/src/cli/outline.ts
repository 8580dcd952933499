// `nos outline`: one draft's structure, as JSON or as a short indented tree.

import { outline as outlineTree, type Lang, type OutlineNode } from '../core';
import type { CliConfig } from './config';
import { UsageError } from './errors';
import { singleFile } from './files';
import { Outcome } from './outcome';
import { outlineJson } from './outlineJson';
import { write } from './output';
import { loadDraft } from './read';
import { printable } from './terminal';

export const OUTLINE_FORMATS = ['text', 'json'] as const;

export interface OutlineOptions {
  format: (typeof OUTLINE_FORMATS)[number];
  config: CliConfig;
  /** The run's language, of its problems. */
  lang: Lang;
}

/** Items, terms and fields are left out to keep the tree short. */
const SHOWN = new Set<OutlineNode['kind']>(['document', 'section', 'element', 'metadata']);

function treeLines(node: OutlineNode, depth: number): string[] {
  if (!SHOWN.has(node.kind)) return [];
  const line = '  '.repeat(depth) + printable(node.name + (node.detail ? `  (${node.detail})` : ''));
  return [line, ...node.children.flatMap((child) => treeLines(child, depth + 1))];
}

export async function outline(paths: readonly string[], options: OutlineOptions): Promise<number> {
  const file = singleFile(paths);
  if (!file) throw new UsageError('outline takes one file');
  const outcome = new Outcome(options.lang);
  const analyseOptions = await options.config.optionsFor(file, outcome.problem);
  const loaded = analyseOptions && loadDraft(file, analyseOptions, outcome.problem);
  if (loaded) {
    const { doc, messages } = loaded.analysis;
    const text = options.format === 'json'
      ? JSON.stringify(outlineJson(doc), null, 2)
      : outlineTree(doc, messages).flatMap((node) => treeLines(node, 0)).join('\n');
    await write(text + '\n');
  }
  return outcome.exitCode;
}
