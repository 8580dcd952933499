// The language server for Node, over stdio (`node dist/server.js --stdio`) as VS Code
// and other LSP editors start it. Everything it answers is wired in lsp/serve.ts.

import { createConnection, MessageType, ProposedFeatures, ShowMessageNotification } from 'vscode-languageserver/node';
import { bilingual, bothLanguages } from './core/messages/message';
import { serve } from './lsp/serve';
import { Speller } from './spelling/speller';
import { stdioTransport } from './lsp/transport';
import { packageRootUri } from './shared/packageRoot';
import { SPELLING_MESSAGES } from './spelling/messages';

const transport = stdioTransport();
const connection = transport ? createConnection(ProposedFeatures.all, ...transport) : createConnection(ProposedFeatures.all);
serve(connection, packageRootUri(), (events) => new Speller({
  ...events,
  failed: (dictionary, reason) => {
    // Said once per dictionary, in both languages: no document's settings choose one here.
    const message = bothLanguages(bilingual(SPELLING_MESSAGES.noDictionary, { dictionary, reason }));
    connection.console.error(message);
    // A notification: window.showWarningMessage would send a request, which not every client answers.
    void connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Warning, message: `NOS Author: ${message}` });
  },
}));
