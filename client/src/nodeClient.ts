// The language server as a Node process, bundled in dist/server.js.

import * as path from 'node:path';
import { LanguageClient, TransportKind, type ServerOptions } from 'vscode-languageclient/node';
import NODE_OPTIONS from '../../server/src/shared/serverNodeOptions.json';
import type { ClientFactory } from './server';

export const nodeClient: ClientFactory = (context, clientOptions) => {
  const module = context.asAbsolutePath(path.join('dist', 'server.js'));
  // stdio, where the server encodes each diagnostic once for all the reports it is in.
  // Node options of the server process, the same in every editor (README, "In other editors").
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.stdio, options: { execArgv: NODE_OPTIONS } },
    debug: { module, transport: TransportKind.stdio, options: { execArgv: [...NODE_OPTIONS, '--nolazy', '--inspect=6019'] } },
  };
  return new LanguageClient('nos', 'NOS Author', serverOptions, clientOptions);
};
