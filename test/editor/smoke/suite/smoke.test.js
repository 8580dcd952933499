const assert = require('node:assert/strict');
const vscode = require('vscode');

suite('editor harness smoke', () => {
  test('runs inside a VS Code 1.1xx extension host', () => {
    assert.match(vscode.version, /^1\.1\d\d\./);
  });

  test('the development extension is loaded', async () => {
    assert.equal(await vscode.commands.executeCommand('nosSmoke.ping'), 'pong');
  });

  test('an untitled document opens and fires onDidOpenTextDocument', async () => {
    const content = `NOS smoke ${process.pid} ${Date.now()}`;
    const opened = new Promise((resolve) => {
      const listener = vscode.workspace.onDidOpenTextDocument((document) => {
        if (document.getText() === content) {
          listener.dispose();
          resolve(document);
        }
      });
    });
    const document = await vscode.workspace.openTextDocument({ content, language: 'plaintext' });
    assert.equal(await opened, document);
    assert.equal(document.isUntitled, true);

    const editor = await vscode.window.showTextDocument(document);
    assert.equal(editor.document.lineAt(0).text, content);
  });

  test('the folder passed as a launch argument is the workspace', async () => {
    const [folder] = vscode.workspace.workspaceFolders ?? [];
    assert.ok(folder, 'no workspace folder open');
    assert.match(folder.uri.path, /\/smoke\/workspace$/);
    const [file] = await vscode.workspace.findFiles('hello.txt');
    const document = await vscode.workspace.openTextDocument(file);
    assert.equal(document.lineAt(0).text, 'Hello from the smoke workspace.');
  });

  test('negative control: fails when NOS_SMOKE_FAIL=1 reaches the extension host', () => {
    assert.notEqual(process.env.NOS_SMOKE_FAIL, '1', 'NOS_SMOKE_FAIL=1 is set (negative control)');
  });
});
