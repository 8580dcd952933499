import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { codeOf, diagnosticsWhen, withCode } from './helpers/diagnostics';
import { closeAllEditors, copyOfDraft, showCheckedCopy } from './helpers/drafts';

suite('workspace', () => {
  teardown(closeAllEditors);

  test('a draft never opened shows its problems, its suite problems among them', async () => {
    // The server runs once a NOS document is open.
    await showCheckedCopy('000');
    // A copy of draft 001 has its URN, SKAEAF2, as the sample itself has: both are Welsh.
    const copy = await copyOfDraft('001');
    const diagnostics = await diagnosticsWhen(copy, 'the closed copy\'s duplicate URN', (found) =>
      found.some((d) => codeOf(d) === 'duplicate-urn') && found.some((d) => codeOf(d) === 'criteria-numbering'));
    assert.ok(!vscode.workspace.textDocuments.some((document) => document.uri.toString() === copy.toString()), 'never opened');
    const [duplicate] = withCode(diagnostics, 'duplicate-urn');
    assert.equal(duplicate.severity, vscode.DiagnosticSeverity.Error);
    assert.match(duplicate.message, /^Mae'r URN “SKAEAF2” hefyd yn URN /);
    const related = duplicate.relatedInformation ?? [];
    assert.ok(related.some((place) => /\/001_[^/]*\.nos\.txt$/.test(place.location.uri.path)), JSON.stringify(related.map((r) => r.location.uri.path)));
  });

  test('Ctrl+T finds a standard by its URN', async () => {
    await showCheckedCopy('000');
    // Sample 001 is never opened: its problems come once the index has read it.
    const [sample] = await vscode.workspace.findFiles('001_*.nos.txt');
    await diagnosticsWhen(sample, 'the indexed sample\'s problems', (found) => found.length > 0);
    const symbols = await vscode.commands.executeCommand<vscode.SymbolInformation[]>('vscode.executeWorkspaceSymbolProvider', 'SKAEAF2');
    assert.ok(symbols.some((symbol) => symbol.kind === vscode.SymbolKind.File && symbol.name.startsWith('SKAEAF2 Datblygu a chynnal')), JSON.stringify(symbols.map((s) => s.name)));
  });
});
