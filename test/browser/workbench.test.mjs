// The web extension in code-server's web worker extension host: the packaged .vsix installed
// into code-server with `remote.extensionKind` set to "web", so that VS Code runs the browser
// build (package.json `browser`) in the page and its server in a worker, never the Node one.
// The workbench in headless Chromium on a folder of the sample drafts and a .nosrc.json.
// Run: mocha test/browser/workbench.test.mjs (after setup.mjs). Screenshots of failures go
// to test-artifacts/browser/.
import { strict as assert } from 'node:assert';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { draftsFolder } from '../draftsFolder.mjs';
import { installExtension, packageVsix, requireCodeServer } from '../editor/codeServer.mjs';
import { repoRoot } from '../editor/paths.mjs';
import { endSession, startSession } from '../ui/session.mjs';
import { commandPalette, editorLine, filterProblems, goTo, openFile, runCommand } from '../ui/workbench.mjs';

const artifacts = path.join(repoRoot, 'test-artifacts', 'browser');
const DRAFT = '001_34a9c3b36a3c870e.nos.txt';
/** A copy of DRAFT a folder below the .nosrc.json, which has none of its own. */
const NESTED = 'nested-001.nos.txt';
const settings = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'editor.stickyScroll.enabled': false,
  'remote.extensionKind': { 'nos-author.nos-author': ['web'] },
  // What is typed into .nosrc.json is what it holds.
  'editor.autoClosingBrackets': 'never',
  'editor.autoSurround': 'never',
};

describe('NOS Author as a web extension in code-server', function () {
  this.timeout(120_000);
  let runDir, drafts, page, extensionsDir;
  const session = {};

  const problems = (text) => page.locator('.markers-panel .monaco-list-row', { hasText: text });

  before(async () => {
    requireCodeServer();
    fs.rmSync(artifacts, { recursive: true, force: true });
    fs.mkdirSync(artifacts, { recursive: true });
    runDir = fs.mkdtempSync(path.join(os.tmpdir(), 'nos-web-'));
    const vsix = path.join(runDir, 'nos-author.vsix');
    packageVsix(vsix);
    extensionsDir = path.join(runDir, 'extensions');
    const dirs = { runDir, settings, userDataDir: path.join(runDir, 'user-data'), extensionsDir };
    installExtension({ vsix, ...dirs });

    drafts = draftsFolder();
    // Read by the client through the editor's file system, which in the browser is the only way.
    fs.writeFileSync(path.join(drafts.folder, '.nosrc.json'), '{ "rules": { "criteria-numbering": "warning" } }\n');
    fs.mkdirSync(path.join(drafts.folder, 'nested'));
    fs.copyFileSync(path.join(drafts.folder, DRAFT), path.join(drafts.folder, 'nested', NESTED));
    page = await startSession(session, { dirs, artifacts, folder: drafts.folder });
    await openFile(page, DRAFT);
  });

  afterEach(async function () {
    if (this.currentTest.state === 'failed' && page) await page.screenshot({ path: path.join(artifacts, `failed-${this.currentTest.title.replace(/\W+/g, '-')}.png`) });
  });

  after(async () => {
    await endSession(session);
    drafts?.remove();
    if (runDir) fs.rmSync(runDir, { recursive: true, force: true });
  });

  it('checks the draft with the browser server, not the Node one', async () => {
    await page.keyboard.press('Control+Shift+M');
    // The Problems panel lists every draft of the folder (workspace diagnostics): this one's first.
    await filterProblems(page, `**/${DRAFT}`);
    const row = problems('criteria-numbering').first();
    await row.waitFor();
    assert.match(await row.textContent(), /Dylai'r maen prawf perfformiad a rifwyd yn 1 fod yn 2/);
    // Rule pages are linked under the root the browser client names: the extension's
    // vscode-remote: location (the Node server links to file: URIs).
    const href = await row.locator('a.monaco-link').getAttribute('href');
    const installed = fs.readdirSync(extensionsDir).find((name) => name.startsWith('nos-author.nos-author-'));
    assert.match(href, /^vscode-remote:\/\/[^/]+\//);
    assert.equal(new URL(href).pathname, `${path.join(extensionsDir, installed)}/docs/rules/criteria-numbering.md`);
  });

  it('reads the .nosrc.json in the folder through the editor, and checks again when it is saved', async () => {
    // It makes criteria-numbering a warning; saved empty, the rule is an error again.
    const icon = (kind) => page.locator('.markers-panel .monaco-list-row', { hasText: 'criteria-numbering', has: page.locator(`.marker-icon.${kind}`) }).first();
    await icon('warning').waitFor();
    // A draft in a folder without one: its own folder's missing file is passed over.
    await openFile(page, NESTED);
    await filterProblems(page, '**/nested/**');
    // The draft's own row goes (the nested copy's duplicate-urn names it in a message of its own).
    await page.locator('.markers-panel .monaco-list-row[aria-level="1"]', { hasText: DRAFT }).first().waitFor({ state: 'detached' });
    await problems(NESTED).first().waitFor();
    await icon('warning').waitFor();
    assert.equal(await icon('error').count(), 0);
    await page.keyboard.press('Control+W'); // its findings stay: the workspace diagnostics hold a closed draft's
    await filterProblems(page, `**/${DRAFT}`);
    await openFile(page, '.nosrc.json');
    await page.keyboard.press('Control+A');
    await page.keyboard.type('{}');
    await page.keyboard.press('Control+S');
    await openFile(page, DRAFT);
    await icon('error').waitFor();
  });

  it('shows the outline and the language status from the worker', async () => {
    // Collapsing the folder's file list leaves the Outline the side bar's height.
    await page.locator('.pane-header', { hasText: path.basename(drafts.folder) }).click();
    await runCommand(page, 'Explorer: Focus on Outline View');
    await goTo(page, 51, 1);
    await page.locator('.outline-pane .monaco-list-row', { hasText: 'Meini prawf perfformiad' }).waitFor();
    await page.locator('.statusbar-item', { hasText: /NOS/ }).first().waitFor();
    await page.locator('#status\\.languageStatus').hover();
    await page.locator('.language-status-hover, .monaco-hover', { hasText: 'NOS · Cymraeg' }).first().waitFor();
    await page.keyboard.press('Escape');
  });

  it('renumbers the criteria from the Ctrl+. quick fix menu', async () => {
    await goTo(page, 29, 3);
    await page.keyboard.press('Control+.');
    const menu = page.locator('.action-widget');
    await menu.locator('.monaco-list-row', { hasText: "Ailrifo'r meini prawf perfformiad (4)" }).click();
    await editorLine(page, '2. bod yn y man cywir').waitFor();
    await filterProblems(page, `**/${DRAFT}`);
    // The criteria's problems, one item's or a run's, go; the knowledge items' run stays.
    await problems('prawf perfformiad a rifwyd').first().waitFor({ state: 'detached' });
    await problems('eitemau gwybodaeth a rifwyd').first().waitFor();
  });

  it('opens a new standard from the snippets it reads in its own files', async () => {
    await runCommand(page, 'NOS: New standard (English)');
    await editorLine(page, 'Title of the standard, starting with a verb').waitFor();
    await page.keyboard.press('Escape');
    await openFile(page, DRAFT);
  });

  it('leaves the Word import and export, which need a Node extension host, out of the Command Palette', async () => {
    for (const title of ['NOS: Import Word document', 'NOS: Export to Word']) {
      const palette = await commandPalette(page, title);
      // What the palette shows when no command's title matches: a message, or commands of a
      // similar meaning. A command with this title would be listed first.
      await palette.getByText(/No matching commands|similar commands/).first().waitFor();
      assert.equal(await palette.locator('.monaco-list-row', { hasText: title }).count(), 0);
      await page.keyboard.press('Escape');
    }
  });

  it('restarts the server in a new worker and checks again', async () => {
    await runCommand(page, 'NOS: Restart server');
    // A new criterion numbered 1 after 17: the restarted server must report it.
    await goTo(page, 29, 1);
    await page.keyboard.press('Home');
    await page.keyboard.type('1. dechrau eto\n');
    await problems('prawf perfformiad a rifwyd').first().waitFor();
  });
});
