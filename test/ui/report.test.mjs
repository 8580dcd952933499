// The quality report in a browser: `nos report samples -o report.html` opened in headless
// Chromium shows the totals, both charts drawn, and a row per sample, without asking the
// network for anything. The screenshot goes to test-artifacts/report/ (docs/report.png is
// a copy). Run: npm run build && mocha test/ui/report.test.mjs
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { launchChromium } from '../editor/browser.mjs';
import { repoRoot } from '../editor/paths.mjs';

const artifacts = path.join(repoRoot, 'test-artifacts', 'report');

describe('nos report in the browser', function () {
  this.timeout(60_000);
  let runDir, context, page;
  const requests = [];

  before(async () => {
    fs.mkdirSync(artifacts, { recursive: true });
    runDir = fs.mkdtempSync(path.join(os.tmpdir(), 'nos-report-ui-'));
    const report = path.join(runDir, 'report.html');
    const run = spawnSync(process.execPath, [path.join(repoRoot, 'dist', 'cli.js'), 'report', 'samples', '-o', report], { cwd: repoRoot, encoding: 'utf8' });
    assert.equal(run.status, 0, run.stderr);
    context = await launchChromium(path.join(runDir, 'chromium'), { viewport: { width: 1200, height: 1300 } });
    page = context.pages()[0] ?? await context.newPage();
    await page.route('**/*', (route) => {
      const url = route.request().url();
      if (url.startsWith('file:')) return route.continue();
      requests.push(url);
      return route.abort();
    });
    await page.goto(pathToFileURL(report).href);
  });

  after(async () => {
    await context?.close();
    if (runDir) fs.rmSync(runDir, { recursive: true, force: true });
  });

  it('shows a table row per sample, linked to its findings', async () => {
    const rows = page.locator('#standards-table tbody tr');
    assert.equal(await rows.count(), 5);
    await rows.nth(1).locator('a').click();
    const id = new URL(page.url()).hash;
    assert.equal(id, '#standard-2');
    assert.ok(await page.locator(`${id} table tbody tr`).count() > 10, 'draft 001 lists its findings');
  });

  it('draws both charts as SVG with bars and a legend', async () => {
    for (const chart of ['#chart-rules', '#chart-standards']) {
      assert.ok(await page.locator(`${chart} svg rect`).count() >= 4, `${chart} has bars`);
      const box = await page.locator(`${chart} svg`).last().boundingBox();
      assert.ok(box && box.width > 300 && box.height > 80, `${chart} is drawn`);
    }
    assert.match(await page.locator('#chart-rules').innerText(), /gwall/);
  });

  it('asks the network for nothing, and looks right', async () => {
    assert.deepEqual(requests, []);
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: path.join(artifacts, 'report.png') });
  });
});
