// What a writer does in the VS Code workbench, through the page's keyboard and mouse, each
// step waiting on the DOM state it leads to.

const quickInput = '.quick-input-widget';

/** Opens the workbench on a folder and waits for the explorer to list its files. */
export async function openWorkbench(page, origin, folder) {
  await page.goto(`${origin}/?${new URLSearchParams({ folder })}`);
  await page.locator('.explorer-folders-view .monaco-list-row').first().waitFor();
}

// Types into a quick input opened with `key`, then accepts the row labelled `label` once
// filtering has focused it.
async function pick(page, key, text, label) {
  await page.keyboard.press(key);
  await page.locator(quickInput).waitFor();
  await page.keyboard.type(text);
  await page.locator(`${quickInput} .monaco-list-row.focused`, { hasText: label }).waitFor();
  await page.keyboard.press('Enter');
  await page.locator(quickInput).waitFor({ state: 'hidden' });
}

/** Runs a command from the Command Palette by its label. */
export function runCommand(page, label) {
  return pick(page, 'F1', label, label);
}

/** Opens the Command Palette with `text` typed into it; the palette, left open for Escape to close. */
export async function commandPalette(page, text) {
  await page.keyboard.press('F1');
  await page.locator(quickInput).waitFor();
  await page.keyboard.type(text);
  return page.locator(quickInput);
}

/** Opens a file with Quick Open and waits for its editor tab, and for the text to have the keyboard: keys typed next go into it. */
export async function openFile(page, name) {
  await pick(page, 'Control+P', name, name);
  await page.locator('.tabs-container .tab.active', { hasText: name }).waitFor();
  await page.locator('.editor-group-container.active .monaco-editor.focused').waitFor();
}

/** Moves the cursor with Go to Line/Column (1-based), which also scrolls the line into view. */
export function goTo(page, line, column) {
  return pick(page, 'Control+G', `${line}:${column}`, `go to line ${line} at column ${column}`);
}

/** Moves the mouse over the middle of the first rendered occurrence of `word` in the editor. */
export async function hoverWord(page, word) {
  const point = await page.evaluate((text) => {
    const lines = document.querySelector('.monaco-editor .view-lines');
    const walker = document.createTreeWalker(lines, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.data.indexOf(text);
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + text.length);
      const box = range.getBoundingClientRect();
      return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
    }
    return null;
  }, word);
  if (!point) throw new Error(`"${word}" is not on screen in the editor`);
  await page.mouse.move(point.x, point.y);
}

/** A rendered editor line holding `text` (matched with whitespace normalised, as the editor
 * draws spaces as no-break spaces). */
export function editorLine(page, text) {
  return page.locator('.monaco-editor .view-line', { hasText: text });
}

/**
 * Shows only the Problems panel rows that match `text` (a file glob, or text), from the
 * top: the list keeps its scroll from before, and draws only the rows in view.
 */
export async function filterProblems(page, text) {
  const input = page.locator('.markers-panel-container .viewpane-filter input, .viewpane-filter textarea, .viewpane-filter input').first();
  await input.fill(text);
  const list = page.locator('.markers-panel .monaco-list').first();
  if (!(await list.isVisible())) return;
  await list.focus();
  await page.keyboard.press('Home');
  await input.focus();
}
