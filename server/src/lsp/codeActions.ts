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
import { quickFixes, SOURCE, type DiagnosticData, type QuickFix } from './diagnostics';

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

/** The fixes of the current finding a diagnostic shows: same rule, range and message. */
function currentFixes(findings: Finding[], diagnostic: Diagnostic): { fixes: QuickFix[]; group?: string } | undefined {
  const { start, end } = diagnostic.range;
  const finding = findings.find(
    (f) =>
      f.ruleId === diagnostic.code && f.message === diagnostic.message &&
      f.range.start.line === start.line && f.range.start.character === start.character &&
      f.range.end.line === end.line && f.range.end.character === end.character,
  );
  return finding && { fixes: finding.fixes, group: finding.group?.key };
}

function wants(only: string[] | undefined, kind: string): boolean {
  return !only || only.some((requested) => kind === requested || kind.startsWith(requested + '.'));
}

export function codeActions(params: CodeActionParams, analysis: Analysis, resultId: string): CodeAction[] {
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
      // Fixes computed for other findings would edit the wrong text: when the results
      // have moved on, take the fixes of the same finding in the current ones, if any.
      const current = data.resultId === resultId ? { fixes: quickFixes(diagnostic, data), group: data.group } : currentFixes(analysis.findings, diagnostic);
      if (!current) continue;
      const { fixes, group } = current;
      for (const fix of fixes) {
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
