// Answers the server's requests for `.nosrc.json` files with the editor's file system,
// so that configuration files work in virtual workspaces too. Only files of that name
// are read; the server asks for the ones in a document's folder and the folders above.

import * as vscode from 'vscode';
import type { BaseLanguageClient, ClientCapabilities, FeatureState, StaticFeature } from 'vscode-languageclient';

const READ_CONFIG_FILE = 'nos/readConfigFile';
const CONFIG_FILE_NAME = '.nosrc.json';

/** The file's text, or null when there is no such file. */
async function readConfigFile(params: { uri?: unknown } | undefined): Promise<string | null> {
  const uri = typeof params?.uri === 'string' ? vscode.Uri.parse(params.uri, true) : undefined;
  if (!uri || !uri.path.endsWith(`/${CONFIG_FILE_NAME}`)) throw new Error(`only ${CONFIG_FILE_NAME} files are read`);
  try {
    return new TextDecoder('utf-8').decode(await vscode.workspace.fs.readFile(uri));
  } catch (error) {
    if (error instanceof vscode.FileSystemError && (error.code === 'FileNotFound' || error.code === 'FileNotADirectory')) return null;
    throw error;
  }
}

/** Tells the server (client capability `experimental.nosConfigFiles`) that it may ask for configuration files. */
export class ConfigFileReader implements StaticFeature {
  private handler: vscode.Disposable | undefined;

  constructor(private readonly client: BaseLanguageClient) {}

  fillClientCapabilities(capabilities: ClientCapabilities): void {
    capabilities.experimental = { ...(capabilities.experimental as object | undefined), nosConfigFiles: true };
  }

  initialize(): void {
    this.handler ??= this.client.onRequest(READ_CONFIG_FILE, readConfigFile);
  }

  getState(): FeatureState {
    return { kind: 'static' };
  }

  clear(): void {
    this.handler?.dispose();
    this.handler = undefined;
  }
}
