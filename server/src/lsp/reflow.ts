// The source action that reflows flattened text (core/fixes/reflow.ts): offered when the
// document is flattened, and asked for by the client's "NOS: Reflow flattened text".

import { CodeActionKind, type CodeAction, type CodeActionParams } from 'vscode-languageserver';
import { REFLOW_TITLE, reflowEdits, type Analysis } from '../core';
import { SOURCE } from '../shared/diagnostic';

export const REFLOW_KIND = `${CodeActionKind.Source}.reflow.${SOURCE}`;

export function reflowActions(params: CodeActionParams, analysis: Analysis): CodeAction[] {
  const only = params.context.only;
  if (only && !only.some((kind) => REFLOW_KIND === kind || REFLOW_KIND.startsWith(kind + '.'))) return [];
  const edits = reflowEdits(analysis.doc);
  if (edits.length === 0) return [];
  return [{ title: REFLOW_TITLE[analysis.messages], kind: REFLOW_KIND, edit: { changes: { [params.textDocument.uri]: edits } } }];
}
