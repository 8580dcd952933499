// The `files` of the `.nosrc.json` at a workspace folder's root over stdio: the server
// sends them with its request for the workspace's files, so a file they name is in the
// suite whatever its name, and it lists the files again when they change.

import * as assert from 'node:assert/strict';
import { draft } from '../unit/helpers/suite';
import { WorkspaceClient } from './workspaceClient';

const FOLDER = 'file:///suite';
const CONFIG = `${FOLDER}/.nosrc.json`;
const NOS = `${FOLDER}/one.nos.txt`;
const STANDARD = `${FOLDER}/standards/copy.md`;
const NOTE = `${FOLDER}/notes/copy.md`;

type Report = Awaited<ReturnType<WorkspaceClient['workspaceDiagnostics']>>['items'][number];
const duplicates = (report: Report | undefined) => (report?.items ?? []).filter((d) => d.code === 'duplicate-urn');

describe('workspace files named by .nosrc.json over stdio', function () {
  this.timeout(30_000);
  let client: WorkspaceClient;

  async function start(files: Record<string, string>) {
    client = new WorkspaceClient(FOLDER, files);
    await client.initializeWorkspace();
  }

  /** Pulls the workspace diagnostics, as an editor does, until `done` holds of every report seen. */
  async function pullUntil(done: (reports: Map<string, Report>) => boolean): Promise<Map<string, Report>> {
    const reports = new Map<string, Report>();
    let previous: Array<{ uri: string; value: string }> = [];
    for (;;) {
      const { items } = await client.workspaceDiagnostics(previous);
      for (const item of items) reports.set(item.uri, item);
      if (done(reports)) return reports;
      previous = [...reports.values()].flatMap((item) => (item.resultId ? [{ uri: item.uri, value: item.resultId }] : []));
    }
  }

  afterEach(() => client.stop());

  it('checks the files its globs name, whatever their names, with the others as one suite', async () => {
    // Three copies of one standard: the one whose name the globs do not give is not in the suite.
    await start({ [CONFIG]: '{ "files": ["standards/*.md"] }', [NOS]: draft(1), [STANDARD]: draft(1), [NOTE]: draft(1) });
    const { items } = await client.workspaceDiagnostics();
    const reports = new Map(items.map((item) => [item.uri, item]));
    assert.deepEqual([...reports.keys()].sort(), [NOS, STANDARD]);
    assert.deepEqual(duplicates(reports.get(STANDARD)).flatMap((d) => d.relatedInformation ?? []).map((r) => r.location.uri), [NOS]);
    assert.deepEqual(duplicates(reports.get(NOS)).flatMap((d) => d.relatedInformation ?? []).map((r) => r.location.uri), [STANDARD]);
    assert.deepEqual(client.listings, [[{ baseUri: FOLDER, pattern: 'standards/*.md' }]]);
  });

  it('lists the files again when the globs change, and only then', async () => {
    await start({ [NOS]: draft(1), [STANDARD]: draft(1), [NOTE]: draft(2) });
    const before = await client.workspaceDiagnostics();
    assert.deepEqual(before.items.map((item) => item.uri), [NOS]);
    assert.deepEqual(duplicates(before.items[0]), []);
    assert.deepEqual(client.listings, [[]]);

    // A glob without "/" names a file in any folder.
    await client.writeConfig('{ "files": ["*.md"] }');
    const reports = await pullUntil((seen) => duplicates(seen.get(NOS)).length === 1 && seen.has(NOTE));
    assert.deepEqual(duplicates(reports.get(STANDARD)).length, 1);
    assert.deepEqual(client.listings.at(-1), [{ baseUri: FOLDER, pattern: '**/*.md' }]);

    // Other settings, the same globs: not listed again. Fewer globs: listed again, and the file left out leaves the suite.
    const listings = client.listings.length;
    const reads = client.configReads;
    await client.writeConfig('{ "files": ["*.md"], "rules": { "orphan-glossary-term": "off" } }');
    // Each change read on its own: the server reads the file at the root to compare its globs.
    await client.configRead(reads + 1);
    await client.writeConfig('{ "files": ["notes/*.md"] }');
    await pullUntil((seen) => duplicates(seen.get(NOS)).length === 0);
    assert.equal(client.listings.length, listings + 1, JSON.stringify(client.listings));
    assert.deepEqual(client.listings.at(-1), [{ baseUri: FOLDER, pattern: 'notes/*.md' }]);
  });

  it('takes the valid globs of a file with problems, and none of a file that is no JSON object', async () => {
    await start({ [CONFIG]: '{ "files": ["standards/*.md", "../*.md", 3] }', [NOS]: draft(1), [STANDARD]: draft(1) });
    await client.workspaceDiagnostics();
    assert.deepEqual(client.listings, [[{ baseUri: FOLDER, pattern: 'standards/*.md' }]]);
    await client.writeConfig('["standards/*.md"]');
    await pullUntil((seen) => duplicates(seen.get(NOS)).length === 0);
    assert.deepEqual(client.listings.at(-1), []);
  });
});
