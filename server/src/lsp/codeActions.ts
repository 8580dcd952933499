// Quick fixes for the diagnostics in a request, the list- and rule-wide fixes they
// belong to, and `source.fixAll.nos` for editor.codeActionsOnSave.

import {
  CodeActionKind,
  type CodeAction,
  type CodeActionParams,
  type Diagnostic,
  type TextEdit,
} from 'vscode-languageserver';
import { fixAll, groupFix, ruleFix, type Analysis, type CombinedFix, type Finding } from '../core';
import { quickFixes, SOURCE, type DiagnosticData } from './diagnostics';

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

/** Whether the current findings still hold the one a diagnostic shows: same rule, range and message. */
function isCurrent(findings: Finding[], diagnostic: Diagnostic): boolean {
  const { start, end } = diagnostic.range;
  return findings.some(
    (f) =>
      f.ruleId === diagnostic.code && f.message === diagnostic.message &&
      f.range.start.line === start.line && f.range.start.character === start.character &&
      f.range.end.line === end.line && f.range.end.character === end.character,
  );
}

function wants(only: string[] | undefined, kind: string): boolean {
  return !only || only.some((requested) => kind === requested || kind.startsWith(requested + '.'));
}

export function codeActions(params: CodeActionParams, analysis: Analysis): CodeAction[] {
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
      const data = diagnostic.data as DiagnosticData | undefined;
      if (diagnostic.source !== SOURCE || !data) continue;
      // A diagnostic from before an edit that moved or removed its finding would edit
      // the wrong text: its fixes hold only while the current findings still have it.
      if (!isCurrent(analysis.findings, diagnostic)) continue;
      const { group } = data;
      for (const fix of quickFixes(diagnostic, data)) {
        actions.push(action(uri, fix.title, CodeActionKind.QuickFix, fix.edits, [diagnostic], fix.isPreferred));
      }
      if (group) addCombined(`group:${group}`, groupFix(analysis, group), diagnostic);
      if (typeof diagnostic.code === 'string') addCombined(`rule:${diagnostic.code}`, ruleFix(analysis, diagnostic.code), diagnostic);
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
