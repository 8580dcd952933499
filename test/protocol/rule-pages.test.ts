// Each diagnostic links its rule id to the rule's page (codeDescription), a file that
// ships beside the server.

import * as assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { sample } from '../unit/helpers/fixtures';
import { TestClient } from './client';

const URI = 'file:///drafts/001.nos.txt';

describe('language server: rule pages', function () {
  this.timeout(20_000);

  it('links each diagnostic to its rule page, which ships beside the server', async () => {
    const client = new TestClient();
    try {
      await client.initialize();
      await client.open(URI, sample('001'));
      const items = await client.diagnosticItems(URI);
      assert.ok(items.length > 0);
      for (const item of items) {
        const href = item.codeDescription!.href;
        assert.match(href, new RegExp(`^file:///.*/docs/rules/${item.code}\\.md$`));
        assert.ok(existsSync(fileURLToPath(href)), href);
      }
    } finally {
      await client.stop();
    }
  });
});
