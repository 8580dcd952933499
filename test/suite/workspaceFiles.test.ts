import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { diagnosticsWhen, withCode } from './helpers/diagnostics';
import { closeAllEditors, showCheckedCopy } from './helpers/drafts';

// A draft with a title of its own, and no URN or metadata (missing-section).
const DRAFT = [
  'Keep records of tachograph checks', 'Overview', 'This standard is about keeping records.', 'Performance criteria',
  'You must be able to:', '1. record each check', 'Knowledge and understanding', 'You need to know and understand:',
  '1. the records procedure', 'Glossary', 'Tachograph: a device that records driving time', '',
].join('\n');

const encode = (text: string) => new TextEncoder().encode(text);

suite('workspace files named by .nosrc.json', () => {
  const root = () => vscode.workspace.workspaceFolders![0].uri;
  const config = () => vscode.Uri.joinPath(root(), '.nosrc.json');
  const folder = () => vscode.Uri.joinPath(root(), 'markdown-standards');

  teardown(async () => {
    await closeAllEditors();
    for (const uri of [config(), folder()]) await vscode.workspace.fs.delete(uri, { recursive: true }).then(undefined, () => undefined);
  });

  test('a Markdown draft the "files" of the folder\'s .nosrc.json names is checked without being opened', async () => {
    // The server runs once a NOS document is open.
    await showCheckedCopy('000');
    const draft = vscode.Uri.joinPath(folder(), 'records.md');
    await vscode.workspace.fs.writeFile(draft, encode(DRAFT));
    await vscode.workspace.fs.writeFile(config(), encode('{ "files": ["markdown-standards/*.md"] }\n'));
    const found = await diagnosticsWhen(draft, 'the Markdown draft checked', (diagnostics) => withCode(diagnostics, 'missing-section').length > 0);
    assert.deepEqual(withCode(found, 'missing-section').map((d) => d.message), [
      'The URN is missing: add it under the title as “URN: …”.',
      'The metadata block is missing: Developed by, Version number, Date approved, Indicative review date, Validity, Status, Originating organisation, Original URN, Relevant occupations, SOC code, Suite, Keywords.',
    ]);
    assert.ok(!vscode.workspace.textDocuments.some((document) => document.uri.toString() === draft.toString()), 'never opened');
  });
});
