// UI checks in the browser: the packaged .vsix installed into code-server, the workbench in
// headless Chromium on a folder of the sample drafts, and what a writer sees in its DOM.
// Screenshots go to test-artifacts/ui/. Run: mocha test/ui/ui.test.mjs (after setup.mjs).
import { strict as assert } from 'node:assert';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { draftsFolder } from '../draftsFolder.mjs';
import { installExtension, packageVsix, requireCodeServer } from '../editor/codeServer.mjs';
import { repoRoot } from '../editor/paths.mjs';
import { endSession, startSession } from './session.mjs';
import { commandPalette, editorLine, filterProblems, goTo, hoverWord, openFile, runCommand } from './workbench.mjs';

const artifacts = path.join(repoRoot, 'test-artifacts', 'ui');
const DRAFT = '001_34a9c3b36a3c870e.nos.txt';
const NEW = 'new.nos.txt';
const PROSE = 'prose.nos.txt';
/** An English draft with a finding of most rules, read by a Welsh speaker. */
const ENGLISH_DRAFT = 'plan-customer-service.nos.txt';
/** Words of English messages, none of which a Welsh message holds. */
const ENGLISH = /\b(?:the|is|are|has|missing|section|heading|should|must|this|standard|item)\b/i;
// A quiet workbench for the screenshots: no welcome page, no tips, no empty secondary side
// bar, no sticky headings over the text, a steady cursor.
const settings = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'editor.stickyScroll.enabled': false,
  'editor.cursorBlinking': 'solid',
};

describe('NOS Author in the VS Code workbench', function () {
  this.timeout(120_000);
  let runDir, drafts, page;
  const session = {};

  const screenshot = (name) => page.screenshot({ path: path.join(artifacts, `${name}.png`) });

  before(async () => {
    requireCodeServer();
    fs.rmSync(artifacts, { recursive: true, force: true }); // no screenshot of an earlier run
    fs.mkdirSync(artifacts, { recursive: true });
    runDir = fs.mkdtempSync(path.join(os.tmpdir(), 'nos-ui-'));
    const vsix = path.join(runDir, 'nos-author.vsix');
    packageVsix(vsix);
    const dirs = { runDir, settings, userDataDir: path.join(runDir, 'user-data'), extensionsDir: path.join(runDir, 'extensions') };
    installExtension({ vsix, ...dirs });

    drafts = draftsFolder();
    // A new, empty standard and a short English one to write prose in.
    fs.writeFileSync(path.join(drafts.folder, NEW), '');
    fs.writeFileSync(path.join(drafts.folder, PROSE), 'Plan work\nURN: CFAPLAN1\nOverview\nThis standard is about helping the customer.\n');
    fs.copyFileSync(path.join(repoRoot, 'test', 'fixtures', 'messages', 'defects-en.nos.txt'), path.join(drafts.folder, ENGLISH_DRAFT));
    page = await startSession(session, { dirs, artifacts, folder: drafts.folder });
    await openFile(page, DRAFT);
  });

  afterEach(async function () {
    if (this.currentTest.state === 'failed' && page) await screenshot(`failed-${this.currentTest.title.replace(/\W+/g, '-')}`);
  });

  after(async () => {
    await endSession(session);
    drafts?.remove();
    if (runDir) fs.rmSync(runDir, { recursive: true, force: true });
  });

  it('draws error squiggles under the misnumbered items', async () => {
    // Lines 37, 49 and 53, in view, start runs of misnumbered criteria (P6-9, P11, P13-15).
    await goTo(page, 43, 1);
    await page.waitForFunction(() => document.querySelectorAll('.monaco-editor .squiggly-error').length >= 3);
  });

  it('lists the criteria-numbering problems in the Problems panel', async () => {
    await page.keyboard.press('Control+Shift+M');
    // The panel draws only the rows in view, and the other drafts' rows may come first.
    await filterProblems(page, `**/${DRAFT}`);
    const rows = page.locator('.markers-panel .monaco-list-row', { hasText: 'criteria-numbering' });
    await rows.first().waitFor();
    assert.match(await rows.first().textContent(), /Dylai'r maen prawf perfformiad a rifwyd yn 1 fod yn 2/);
    await screenshot('problems');
  });

  it('shows a glossary definition when hovering a mutated term', async () => {
    await goTo(page, 31, 1);
    await hoverWord(page, 'gwsmeriaid');
    const hover = page.locator('.monaco-hover', { hasText: 'Unigolion, grwpiau neu gwmni' });
    await hover.waitFor();
    assert.match(await hover.textContent(), /gwsmeriaid: treiglad meddal o cwsmeriaid/);
    await screenshot('hover');
    await page.keyboard.press('Escape');
    await hover.waitFor({ state: 'hidden' });
  });

  it('renumbers the criteria from the Ctrl+. quick fix menu', async () => {
    await goTo(page, 29, 3);
    await page.keyboard.press('Control+.');
    const menu = page.locator('.action-widget');
    await menu.locator('.monaco-list-row', { hasText: 'Newid 1 i 2' }).waitFor();
    await screenshot('quick-fix');
    await menu.locator('.monaco-list-row', { hasText: "Ailrifo'r meini prawf perfformiad (4)" }).click();
    await editorLine(page, '2. bod yn y man cywir').waitFor();
    // The criteria's problems go; the knowledge items' stay (the other drafts' problems are listed too).
    await filterProblems(page, `**/${DRAFT}`);
    await page.locator('.markers-panel .monaco-list-row', { hasText: 'prawf perfformiad a rifwyd' }).first().waitFor({ state: 'detached' });
    await page.locator('.markers-panel .monaco-list-row', { hasText: 'eitemau gwybodaeth a rifwyd' }).first().waitFor();
  });

  it('shows the sections and numbered items in the Outline view', async () => {
    // Collapsing the folder's file list leaves the Outline the side bar's height.
    await page.locator('.pane-header', { hasText: path.basename(drafts.folder) }).click();
    await runCommand(page, 'Explorer: Focus on Outline View');
    await goTo(page, 51, 1);
    const outline = page.locator('.outline-pane');
    await outline.locator('.monaco-list-row', { hasText: 'Meini prawf perfformiad' }).waitFor();
    await outline.locator('.monaco-list-row', { hasText: /^P12 cydnabod adborth/ }).waitFor();
    await screenshot('outline');
  });

  it('shows one information finding for a new, empty standard', async () => {
    await openFile(page, NEW);
    await runCommand(page, 'View: Focus Problems');
    await filterProblems(page, `**/${NEW}`);
    const rows = page.locator('.markers-panel .monaco-list-row');
    await rows.filter({ hasText: 'empty-document' }).waitFor();
    // The file and its one finding, once the filter has hidden the other drafts' problems.
    await page.waitForFunction(() => document.querySelectorAll('.markers-panel .monaco-list-row').length === 2);
    const finding = rows.filter({ hasText: 'empty-document' });
    const html = await finding.innerHTML();
    assert.match(html, /codicon-info/, 'an information icon');
    assert.doesNotMatch(html, /codicon-(?:error|warning)\b/);
    assert.match(await finding.textContent(), /Start from the nos-en or nos-cy snippet/);
    await screenshot('empty-document');
  });

  it('inserts the nos-cy skeleton and shows no English in the Problems panel for it', async () => {
    await page.locator('.monaco-editor .view-lines').first().click();
    await page.keyboard.type('nos-cy');
    await page.locator('.suggest-widget .monaco-list-row', { hasText: 'nos-cy' }).first().waitFor();
    await page.keyboard.press('Tab');
    await editorLine(page, 'Teitl y safon').waitFor();
    await page.keyboard.press('Escape');
    const rows = page.locator('.markers-panel .monaco-list-row');
    await rows.filter({ hasText: 'empty-document' }).waitFor({ state: 'detached' });
    for (const row of (await rows.allTextContents()).slice(1)) assert.doesNotMatch(row, ENGLISH, row);
    await screenshot('welsh-skeleton');
    await filterProblems(page, '');
  });

  it('shows the language and the counts of findings in the language status item', async () => {
    await page.locator('.statusbar-item', { hasText: /NOS|\{/ }).first().waitFor();
    const indicator = page.locator('#status\\.languageStatus');
    await indicator.hover();
    const hover = page.locator('.language-status-hover, .monaco-hover', { hasText: 'NOS · Cymraeg' });
    await hover.first().waitFor();
    await screenshot('language-status');
  });

  it('marks the language chosen by hand in the language picker and the status item', async () => {
    // The skeleton of the last test is Welsh, detected from its headings.
    const choose = async (current, next) => {
      const palette = await commandPalette(page, 'NOS: Choose the language');
      await palette.locator('.monaco-list-row.focused', { hasText: 'NOS: Choose the language' }).waitFor();
      await page.keyboard.press('Enter');
      const row = palette.locator('.monaco-list-row.focused', { hasText: current });
      await row.waitFor();
      assert.match(await row.textContent(), /y dewis presennol/);
      await page.keyboard.type(next);
      await palette.locator('.monaco-list-row.focused', { hasText: next }).waitFor();
      await page.keyboard.press('Enter');
      await palette.waitFor({ state: 'hidden' });
    };
    const status = async (text) => {
      await page.mouse.move(0, 0);
      await page.locator('#status\\.languageStatus').hover();
      await page.locator('.language-status-hover, .monaco-hover', { hasText: text }).first().waitFor();
    };
    await choose("Canfod o'r testun", 'Cymraeg');
    await status("NOS · Cymraeg (wedi'i gosod â llaw)");
    await choose('Cymraeg', 'Canfod');
    await page.mouse.move(0, 0);
  });

  it('offers the Word import and export in the Command Palette, the extension host being Node', async () => {
    await openFile(page, DRAFT);
    let palette = await commandPalette(page, 'Import Word document');
    await palette.locator('.monaco-list-row', { hasText: 'NOS: Import Word document…' }).waitFor();
    await page.keyboard.press('Escape');
    palette = await commandPalette(page, 'Export to Word');
    await palette.locator('.monaco-list-row', { hasText: 'NOS: Export to Word' }).waitFor();
    await page.keyboard.press('Escape');
  });

  it('starts a new line on Enter after a half-typed word, suggesting nothing', async () => {
    await openFile(page, PROSE);
    await goTo(page, 4, 45);
    await page.keyboard.press('End');
    await page.keyboard.type(' Help the custom');
    await page.keyboard.press('Enter');
    await page.keyboard.type('next');
    await editorLine(page, 'Help the custom').waitFor();
    await editorLine(page, 'next').waitFor();
    assert.equal(await page.locator('.suggest-widget.visible').count(), 0);
  });

  it('marks the missing URN of draft 000 where it goes, underlining none of the title', async () => {
    await openFile(page, '000_7daf006c0ec7c0a9.nos.txt');
    await goTo(page, 2, 1);
    await page.locator('.markers-panel .monaco-list-row', { hasText: "Mae'r URN ar goll" }).first().waitFor();
    // An empty range at the end of the title: squiggles of zero width, if any.
    const widths = await page.evaluate(() => [...document.querySelectorAll('.monaco-editor .squiggly-error')].map((e) => e.getBoundingClientRect().width));
    assert.ok(widths.every((w) => w < 12), `squiggle widths ${widths}`);
    await screenshot('missing-urn');
  });
  it('with nos.messagesLanguage "cy", shows an English draft\'s findings, hover and status item in Welsh', async () => {
    fs.mkdirSync(path.join(drafts.folder, '.vscode'), { recursive: true });
    fs.writeFileSync(path.join(drafts.folder, '.vscode', 'settings.json'), '{ "nos.messagesLanguage": "cy" }\n');
    await openFile(page, ENGLISH_DRAFT);
    await runCommand(page, 'View: Focus Problems');
    await filterProblems(page, `**/${ENGLISH_DRAFT}`);
    const rows = page.locator('.markers-panel .monaco-list-row');
    await rows.filter({ hasText: "Dylai'r maen prawf perfformiad a rifwyd yn 3 fod yn 2" }).waitFor();
    // Every finding in Welsh: only the draft's own words, quoted, and the rule ids are English.
    for (const row of (await rows.allTextContents()).slice(1)) {
      assert.doesNotMatch(row.replace(/“[^”]*”/g, '').replace(/nos[a-z-]+\[Ln \d+, Col \d+\]$/, ''), ENGLISH, row);
    }
    // The status item, pinned to the status bar, names the draft's language in Welsh. The
    // mouse may still rest on the indicator from an earlier test: leave it to hover afresh.
    await page.mouse.move(0, 0);
    await page.locator('#status\\.languageStatus').hover();
    const item = page.locator('.language-status-hover, .monaco-hover', { hasText: 'NOS · Saesneg' }).first();
    await item.waitFor();
    assert.match(await item.textContent(), /\d+ gwall, \d+ rhybudd, \d+ nodyn/);
    await item.locator('.codicon-pin').first().click();
    await page.locator('.statusbar-item', { hasText: 'NOS · Saesneg' }).waitFor();
    await goTo(page, 9, 1);
    // The item number "3" starts its line.
    const box = await editorLine(page, 'understand the needs of customers').boundingBox();
    await page.mouse.move(box.x + 3, box.y + box.height / 2);
    const hover = page.locator('.monaco-hover', { hasText: 'Maen prawf perfformiad 2 o 2 (P2)' });
    await hover.waitFor();
    assert.match(await hover.textContent(), /Dylai'r maen prawf perfformiad a rifwyd yn 3 fod yn 2/);
    await screenshot('messages-language');
    await page.keyboard.press('Escape');
    fs.rmSync(path.join(drafts.folder, '.vscode'), { recursive: true, force: true });
    await filterProblems(page, '');
  });
});
