// Emacs in batch mode with eglot and Flymake (Debian's Emacs 28 and eglot 1.9, which
// cannot pull diagnostics) and the README's configuration: on every sample draft Flymake
// shows what `nos check` reports, and after a renumbering edit is typed and saved, what
// `nos check` reports for the saved file.

import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { readFileSync } from 'node:fs';
import { SAMPLE_NAMES, bySite, cliFindings, inUtf16, readmeConfiguration, requireEditor, showDrafts, workspace, type EditorSeen, type Seen, type Shown, type Workspace } from './editors';

/** A Flymake diagnostic as the driver reports it: eglot shows information and hints alike, as notes. */
type FlymakeSeen = Omit<EditorSeen, 'severity'> & { type: 'eglot-error' | 'eglot-warning' | 'eglot-note' };

const TYPES = { 'eglot-error': 1, 'eglot-warning': 2, 'eglot-note': 3 };

function asCli(seen: FlymakeSeen[], text: string): Seen[] {
  return bySite(inUtf16(seen.map(({ type, ...rest }) => ({ ...rest, severity: TYPES[type] })), text, 'codePoint'));
}

const noteForLower = (seen: Seen[]): Seen[] => seen.map((s) => ({ ...s, severity: Math.min(s.severity, 3) }));

/**
 * Flymake cannot show an empty range (a missing part, reported where it goes): it marks the
 * character next to the point instead. Such a finding is compared by the point it ends at.
 */
function asPoints(seen: Seen[], expected: Seen[]): Seen[] {
  const points = expected.filter((e) => e.line === e.endLine && e.character === e.endCharacter);
  return seen.map((s) => {
    const point = points.find((p) => p.code === s.code && p.message === s.message && p.line === s.line &&
      ((s.endLine === p.line && s.endCharacter === p.character) || s.character === p.character));
    return point ? { ...s, character: point.character, endLine: point.line, endCharacter: point.character } : s;
  });
}

describe('Emacs (batch mode, eglot and Flymake, README configuration)', function () {
  this.timeout(120_000);
  let space: Workspace;
  let expected: Seen[][];
  let shown: (Shown<FlymakeSeen> & { mode?: unknown })[];
  let original: string[];

  before(async function () {
    requireEditor(this, 'emacs');
    space = workspace();
    expected = space.drafts.map(cliFindings);
    original = space.drafts.map((draft) => readFileSync(draft, 'utf8'));
    shown = await showDrafts<FlymakeSeen>(space, {
      command: 'emacs',
      configName: 'init.el',
      configuration: readmeConfiguration('elisp', 'eglot-ensure'),
      // Not -Q: Debian's site files put the packaged eglot on the load path.
      args: (config) => ['--batch', '-l', config, '-l', path.join(__dirname, 'emacs-driver.el')],
    });
  });

  after(() => space?.remove());

  for (const [index, name] of SAMPLE_NAMES.entries()) {
    it(`shows the findings of nos check on ${name}, and again after a renumbering edit`, () => {
      assert.equal(shown[index].mode, 'nos-mode');
      assert.deepEqual(bySite(asPoints(asCli(shown[index].opened, original[index]), expected[index])), noteForLower(expected[index]));
      const afterEdit = cliFindings(space.drafts[index]);
      assert.notDeepEqual(afterEdit, expected[index], 'the edit changes the findings');
      assert.deepEqual(bySite(asPoints(asCli(shown[index].edited, readFileSync(space.drafts[index], 'utf8')), afterEdit)), noteForLower(afterEdit));
    });
  }
});
