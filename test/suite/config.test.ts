import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { codeOf, diagnosticsWhen, withCode } from './helpers/diagnostics';
import { closeAllEditors, show } from './helpers/drafts';
import { until } from './helpers/wait';

// A draft whose glossary term nothing uses (orphan-glossary-term) and that has no metadata (missing-section).
const DRAFT = [
  'Handle customer complaints', 'Overview', 'This standard is about handling complaints.', 'Performance criteria',
  'You must be able to:', '1. record each complaint', 'Knowledge and understanding', 'You need to know and understand:',
  '1. the complaints procedure', 'Glossary', 'Tachograph: a device that records driving time', '',
].join('\n');

const encode = (text: string) => new TextEncoder().encode(text);

function codes(diagnostics: vscode.Diagnostic[]): string[] {
  return [...new Set(diagnostics.map((d) => String(codeOf(d))))].sort();
}

suite('.nosrc.json', () => {
  let folder: vscode.Uri;
  let tests = 0;

  setup(async () => {
    // Each test in its own folder of the workspace, so no configuration reaches other suites' drafts.
    const workspace = vscode.workspace.workspaceFolders?.[0]?.uri;
    assert.ok(workspace, 'a workspace folder');
    folder = vscode.Uri.joinPath(workspace, `config-${++tests}`);
    await vscode.workspace.fs.createDirectory(folder);
  });

  teardown(async () => {
    await closeAllEditors();
    await vscode.workspace.fs.delete(folder, { recursive: true });
  });

  async function draft(path: string): Promise<vscode.Uri> {
    const uri = vscode.Uri.joinPath(folder, path);
    await vscode.workspace.fs.writeFile(uri, encode(DRAFT));
    return uri;
  }

  test('{"rules": {"orphan-glossary-term": "off"}} silences that rule, as soon as the file is saved', async () => {
    const uri = await draft('a.nos.txt');
    await show(uri);
    await diagnosticsWhen(uri, 'orphan-glossary-term before the file', (found) => withCode(found, 'orphan-glossary-term').length === 1);
    await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(folder, '.nosrc.json'), encode('{\n  // team settings\n  "rules": { "orphan-glossary-term": "off" }\n}\n'));
    const found = await diagnosticsWhen(uri, 'no orphan-glossary-term with the file', (diagnostics) =>
      diagnostics.length > 0 && withCode(diagnostics, 'orphan-glossary-term').length === 0);
    assert.deepEqual(codes(found), ['missing-section']);
  });

  test('an override scoped to one folder applies only there', async () => {
    // The two drafts are copies of one: duplicate-title (a suite check) would name each.
    await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(folder, '.nosrc.json'), encode(JSON.stringify({
      rules: { 'duplicate-title': 'off' },
      overrides: [{ files: ['quiet/**'], rules: { 'orphan-glossary-term': 'off' } }],
    })));
    const quiet = await draft('quiet/a.nos.txt');
    const loud = await draft('loud/a.nos.txt');
    await show(loud);
    assert.deepEqual(codes(await diagnosticsWhen(loud, 'the loud draft checked', (found) => found.length > 0)), ['missing-section', 'orphan-glossary-term']);
    await show(quiet);
    assert.deepEqual(codes(await diagnosticsWhen(quiet, 'the quiet draft checked', (found) => found.length > 0)), ['missing-section']);
  });

  test('a problem in the file is shown in the file', async () => {
    const config = vscode.Uri.joinPath(folder, '.nosrc.json');
    await vscode.workspace.fs.writeFile(config, encode('{ "rules": { "orphan-glossary-term": "of" } }'));
    const uri = await draft('a.nos.txt');
    await show(uri);
    await diagnosticsWhen(uri, 'the draft checked', (found) => found.length > 0);
    const [problem] = await until('a diagnostic on .nosrc.json', [vscode.languages.onDidChangeDiagnostics], () => {
      const found = vscode.languages.getDiagnostics(config).filter((d) => d.source === 'nos');
      return found.length > 0 && found;
    });
    assert.equal(problem.severity, vscode.DiagnosticSeverity.Error);
    assert.equal(problem.range.start.character, 37);
    assert.match(problem.message, /^The severity of "orphan-glossary-term" must be one of /);
  });
});
