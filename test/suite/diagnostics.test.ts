import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { codeOf, nosDiagnostics, withCode } from './helpers/diagnostics';
import { closeAllEditors, showCheckedCopy } from './helpers/drafts';

// Draft 001's misnumbered items: [line (1-based), number found, number expected].
const MISNUMBERED = [
  [29, 1, 2], [37, 1, 6], [39, 2, 7], [41, 3, 8], [43, 4, 9], [49, 1, 11], [53, 1, 13], [55, 2, 14], [57, 3, 15],
  [104, 1, 17], [106, 2, 18], [108, 3, 19], [110, 4, 20], [112, 5, 21], [114, 6, 22], [116, 7, 23], [118, 8, 24], [120, 9, 25],
];
const EMPTY_SECTION_LINES = [175, 178, 181, 191, 194, 197];

suite('diagnostics', () => {
  teardown(closeAllEditors);

  test('draft 001: every misnumbered item and empty section, with its code, range and message', async () => {
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
      const [, found, expected] = MISNUMBERED[i];
      assert.equal(d.severity, vscode.DiagnosticSeverity.Error);
      assert.equal(d.range.start.character, 2);
      assert.match(d.message, new RegExp(`a rifwyd yn ${found} fod yn ${expected}:`));
    });

    const empty = withCode(diagnostics, 'empty-section');
    assert.deepEqual(empty.map((d) => d.range.start.line + 1), EMPTY_SECTION_LINES);
    assert.ok(empty.every((d) => d.severity === vscode.DiagnosticSeverity.Warning));
    assert.equal(document.getText(empty[0].range), 'Gwerthoedd');
  });
});
