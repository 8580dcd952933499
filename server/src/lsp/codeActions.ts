// Quick fixes for the diagnostics in a request, the list- and rule-wide fixes they
// belong to, and `source.fixAll.nos` for editor.codeActionsOnSave.
//
// Fixes come from the analysis of the current text, found by the diagnostic's rule,
// range and message. Fixes carried by a diagnostic from before an edit could be
// wrong for the text now: typed text under an empty heading still leaves it empty,
// with the same finding, but removing the heading must then keep that text.

import {
  CodeActionKind,
  type CodeAction,
  type CodeActionParams,
  type Diagnostic,
  type SnippetTextEdit,
  type TextEdit,
} from 'vscode-languageserver';
import { fixAll, groupFix, ruleFix, sameRange, type Analysis, type CombinedFix, type Finding, type Fix } from '../core';
import { SOURCE } from '../shared/diagnostic';

export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.${SOURCE}`;

function action(uri: string, title: string, kind: string, edits: TextEdit[], diagnostics?: Diagnostic[], isPreferred?: boolean): CodeAction {
  return {
    title,
    kind,
    edit: { changes: { [uri]: edits } },
    ...(diagnostics && { diagnostics }),
    ...(isPreferred && { isPreferred }),
  };
}

const escapeSnippet = (text: string) => text.replace(/[$}\\]/g, '\\$&');

/**
 * A fix that leaves the writer somewhere to type: its first edit as a snippet with the
 * final tab stop at the fix's cursor, for clients that take snippet edits.
 */
function snippetAction(uri: string, fix: Fix, diagnostic: Diagnostic): CodeAction {
  const [first, ...rest] = fix.edits;
  const cursor = fix.cursor!;
  const snippet: SnippetTextEdit = {
    range: first.range,
    snippet: { kind: 'snippet', value: escapeSnippet(first.newText.slice(0, cursor)) + '$0' + escapeSnippet(first.newText.slice(cursor)) },
  };
  return {
    title: fix.title,
    kind: CodeActionKind.QuickFix,
    edit: { documentChanges: [{ textDocument: { uri, version: null }, edits: [snippet, ...rest] }] },
    diagnostics: [diagnostic],
    ...(fix.isPreferred && { isPreferred: true }),
  };
}

/** The current finding a diagnostic shows: same rule, range and message. */
function findingOf(findings: Finding[], diagnostic: Diagnostic): Finding | undefined {
  return findings.find((f) => f.ruleId === diagnostic.code && f.message === diagnostic.message && sameRange(f.range, diagnostic.range));
}

function wants(only: string[] | undefined, kind: string): boolean {
  return !only || only.some((requested) => kind === requested || kind.startsWith(requested + '.'));
}

export interface ClientSupport {
  /** The client applies snippet edits in workspace edits (LSP 3.18). */
  snippetEdits: boolean;
}

export function codeActions(params: CodeActionParams, analysis: Analysis, client: ClientSupport): CodeAction[] {
  const uri = params.textDocument.uri;
  const only = params.context.only;
  const actions: CodeAction[] = [];

  if (wants(only, CodeActionKind.QuickFix)) {
    const combined = new Map<string, { fix: CombinedFix; diagnostics: Diagnostic[] }>();
    const addCombined = (key: string, fix: CombinedFix | null, diagnostic: Diagnostic) => {
      if (!fix) return;
      const entry = combined.get(key);
      if (entry) entry.diagnostics.push(diagnostic);
      else combined.set(key, { fix, diagnostics: [diagnostic] });
    };
    for (const diagnostic of params.context.diagnostics) {
      if (diagnostic.source !== SOURCE) continue;
      const finding = findingOf(analysis.findings, diagnostic);
      if (!finding) continue;
      for (const fix of finding.fixes) {
        actions.push(client.snippetEdits && fix.cursor !== undefined && fix.edits.length
          ? snippetAction(uri, fix, diagnostic)
          : action(uri, fix.title, CodeActionKind.QuickFix, fix.edits, [diagnostic], fix.isPreferred));
      }
      if (finding.group) addCombined(`group:${finding.group.key}`, groupFix(analysis, finding.group.key), diagnostic);
      addCombined(`rule:${finding.ruleId}`, ruleFix(analysis, finding.ruleId), diagnostic);
    }
    for (const { fix, diagnostics } of combined.values()) {
      actions.push(action(uri, `${fix.title} (${fix.count})`, CodeActionKind.QuickFix, fix.edits, diagnostics));
    }
  }

  if (only && wants(only, FIX_ALL_KIND)) {
    const all = fixAll(analysis);
    if (all) actions.push(action(uri, all.title, FIX_ALL_KIND, all.edits));
  }
  return actions;
}
