// Minimal extension: one command, so the suite can prove the development extension was loaded.
const vscode = require('vscode');

exports.activate = (context) => {
  context.subscriptions.push(vscode.commands.registerCommand('nosSmoke.ping', () => 'pong'));
};
