// Headless Neovim (Debian's 0.7, which cannot pull diagnostics) with the README's
// configuration: on every sample draft it shows what `nos check` reports, and after a
// renumbering edit is typed and saved, what `nos check` reports for the saved file.

import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { readFileSync } from 'node:fs';
import { SAMPLE_NAMES, bySite, cliFindings, inUtf16, readmeConfiguration, requireEditor, showDrafts, workspace, type EditorSeen, type Seen, type Shown, type Workspace } from './editors';

describe('Neovim (headless, README configuration)', function () {
  this.timeout(120_000);
  let space: Workspace;
  let expected: Seen[][];
  let shown: (Shown<EditorSeen> & { filetype?: unknown })[];
  let original: string[];

  before(async function () {
    requireEditor(this, 'nvim');
    space = workspace();
    expected = space.drafts.map(cliFindings);
    original = space.drafts.map((draft) => readFileSync(draft, 'utf8'));
    shown = await showDrafts<EditorSeen>(space, {
      command: 'nvim',
      configName: 'init.lua',
      configuration: readmeConfiguration('lua', 'start_client'),
      args: (config) => ['--headless', '--clean', '-n', '-i', 'NONE', '-u', config, '-c', `luafile ${path.join(__dirname, 'neovim-driver.lua')}`],
    });
  });

  after(() => space?.remove());

  for (const [index, name] of SAMPLE_NAMES.entries()) {
    it(`shows the findings of nos check on ${name}, and again after a renumbering edit`, () => {
      assert.equal(shown[index].filetype, 'nos');
      assert.deepEqual(bySite(inUtf16(shown[index].opened, original[index], 'byte')), expected[index]);
      const afterEdit = cliFindings(space.drafts[index]);
      assert.notDeepEqual(afterEdit, expected[index], 'the edit changes the findings');
      assert.deepEqual(bySite(inUtf16(shown[index].edited, readFileSync(space.drafts[index], 'utf8'), 'byte')), afterEdit);
    });
  }
});
