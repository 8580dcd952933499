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
      assert.deepEqual(asCli(shown[index].opened, original[index]), noteForLower(expected[index]));
      const afterEdit = cliFindings(space.drafts[index]);
      assert.notDeepEqual(afterEdit, expected[index], 'the edit changes the findings');
      assert.deepEqual(asCli(shown[index].edited, readFileSync(space.drafts[index], 'utf8')), noteForLower(afterEdit));
    });
  }
});
