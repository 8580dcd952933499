import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as vscode from 'vscode';
import { diagnosticsWhen, withCode } from './helpers/diagnostics';
import { closeAllEditors, showCheckedCopy } from './helpers/drafts';

// Line 31 of draft 001 reads "3. cynnig …", a correctly numbered criterion.
const LINE = 30;
const TIMEOUT_MS = 20_000;
const TYPED = 5;

/** The language servers running under this extension host: `node …/dist/server.js --stdio` (Linux /proc). */
function serverProcesses(): number[] {
  const parents = new Map<number, number>();
  const commands = new Map<number, string[]>();
  for (const name of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      // "pid (comm) state ppid …": the name in parentheses may hold spaces.
      const stat = fs.readFileSync(`/proc/${name}/stat`, 'utf8');
      parents.set(Number(name), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]));
      commands.set(Number(name), fs.readFileSync(`/proc/${name}/cmdline`, 'utf8').split('\0'));
    } catch {
      // Gone meanwhile.
    }
  }
  const under = (pid: number): boolean => {
    for (let at = parents.get(pid); at !== undefined && at > 1; at = parents.get(at)) if (at === process.pid) return true;
    return false;
  };
  return [...commands]
    .filter(([pid, argv]) => under(pid) && argv.some((arg) => arg.endsWith('dist/server.js')) && argv.includes('--stdio'))
    .map(([pid]) => pid);
}

/** Polls until `check` gives a truthy value; the processes under test give no event to wait on. */
async function poll<T>(what: string, check: () => T | null | undefined | false): Promise<T> {
  const deadline = Date.now() + TIMEOUT_MS;
  for (;;) {
    const value = check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${TIMEOUT_MS} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

suite('the server started again', () => {
  teardown(closeAllEditors);

  test('after it was killed, checks what is typed next', async function () {
    if (process.platform !== 'linux') this.skip();
    const editor = await showCheckedCopy('001');
    const { document } = editor;
    const [first] = await poll('the language server process', () => {
      const found = serverProcesses();
      return found.length === 1 && found;
    });

    // The writer goes on typing while the server dies: the client's messages to it fail
    // (EPIPE) before it sees the exit, and it must still start a new one.
    assert.equal(document.lineAt(LINE).text.slice(0, 2), '3.');
    editor.selection = new vscode.Selection(LINE, 1, LINE, 1);
    process.kill(first, 'SIGKILL');
    for (let typed = 0; typed < TYPED; typed++) await vscode.commands.executeCommand('type', { text: '3' });
    const [second] = await poll('a new language server process', () => {
      const found = serverProcesses();
      return found.length === 1 && found[0] !== first && found;
    });
    assert.notEqual(second, first);

    // The new server has the document (the client opens it again) with every edit…
    const broken = await diagnosticsWhen(document.uri, 'a diagnostic for "333333." from the restarted server', (diagnostics) =>
      withCode(diagnostics, 'criteria-numbering').some((d) => d.range.start.line === LINE));
    assert.equal(withCode(broken, 'criteria-numbering').length, 6);
    assert.deepEqual(serverProcesses(), [second]);

    // …and follows what is typed next.
    for (let typed = 0; typed < TYPED; typed++) await vscode.commands.executeCommand('deleteLeft');
    assert.equal(document.lineAt(LINE).text.slice(0, 2), '3.');
    const mended = await diagnosticsWhen(document.uri, 'the restarted server to see "3." again', (diagnostics) =>
      diagnostics.length > 0 && !withCode(diagnostics, 'criteria-numbering').some((d) => d.range.start.line === LINE));
    assert.equal(withCode(mended, 'criteria-numbering').length, 5);
    assert.deepEqual(serverProcesses(), [second]);
  });

  test('by "NOS: Restart server", checks a draft in the language chosen for it by hand', async () => {
    const editor = await showCheckedCopy('001');
    const { document } = editor;
    await vscode.commands.executeCommand('nos.chooseLanguage', document.uri, 'en');
    await diagnosticsWhen(document.uri, 'English findings', (diagnostics) =>
      withCode(diagnostics, 'criteria-numbering').some((d) => d.message.startsWith('Performance criterion')));
    await vscode.commands.executeCommand('nos.restartServer');

    editor.selection = new vscode.Selection(LINE, 1, LINE, 1);
    await vscode.commands.executeCommand('type', { text: '3' });
    const [broken] = withCode(await diagnosticsWhen(document.uri, 'a diagnostic for "33." from the new server', (diagnostics) =>
      withCode(diagnostics, 'criteria-numbering').some((d) => d.range.start.line === LINE)), 'criteria-numbering')
      .filter((d) => d.range.start.line === LINE);
    assert.match(broken.message, /^Performance criterion/);
  });
});
