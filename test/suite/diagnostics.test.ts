import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { codeOf, nosDiagnostics, withCode } from './helpers/diagnostics';
import { closeAllEditors, showCheckedCopy } from './helpers/drafts';

// Draft 001's runs of misnumbered items: [line (1-based) of the first, numbers found first to
// last, the number the first should have]. P2, P6-9, P11, P13-15 and K17-25.
const MISNUMBERED = [[29, 1, 1, 2], [37, 1, 4, 6], [49, 1, 1, 11], [53, 1, 3, 13], [104, 1, 9, 17]];
const EMPTY_SECTION_LINES = [175, 178, 181, 191, 194, 197];

suite('diagnostics', () => {
  teardown(closeAllEditors);

  test('draft 001: every run of misnumbered items and empty section, with its code, range and message', async () => {
    const { document } = await showCheckedCopy('001');
    const diagnostics = nosDiagnostics(document.uri);
    // Other rules report other defects of the draft (docs/rules); these two are checked here.
    const codes = new Set(diagnostics.map(codeOf));
    for (const code of ['criteria-numbering', 'empty-section']) assert.ok(codes.has(code), code);

    const numbering = withCode(diagnostics, 'criteria-numbering');
    assert.deepEqual(
      numbering.map((d) => [d.range.start.line + 1, Number(document.getText(d.range))]),
      MISNUMBERED.map(([line, found]) => [line, found]),
    );
    numbering.forEach((d, i) => {
      const [, first, last, from] = MISNUMBERED[i];
      assert.equal(d.severity, vscode.DiagnosticSeverity.Error);
      assert.equal(d.range.start.character, 2);
      const numbers = first === last ? `yn ${first} fod yn ${from}` : `o ${first} i ${last} fod o ${from} i ${from + last - first}`;
      assert.match(d.message, new RegExp(`a rifwyd ${numbers}:`));
    });

    const empty = withCode(diagnostics, 'empty-section');
    assert.deepEqual(empty.map((d) => d.range.start.line + 1), EMPTY_SECTION_LINES);
    assert.ok(empty.every((d) => d.severity === vscode.DiagnosticSeverity.Warning));
    assert.equal(document.getText(empty[0].range), 'Gwerthoedd');
  });
});
