// The language server for Node, over stdio (`node dist/server.js --stdio`) as VS Code
// and other LSP editors start it. Everything it answers is wired in lsp/serve.ts.

import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { serve } from './lsp/serve';
import { Speller } from './spelling/speller';
import { stdioTransport } from './lsp/transport';
import { packageRootUri } from './shared/packageRoot';

const transport = stdioTransport();
const connection = transport ? createConnection(ProposedFeatures.all, ...transport) : createConnection(ProposedFeatures.all);
serve(connection, packageRootUri(), (answered) => new Speller({
  answered,
  failed: (lang, reason) => connection.console.error(`The ${lang} dictionary could not be loaded: ${reason}`),
}));
