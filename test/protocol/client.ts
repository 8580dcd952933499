// A minimal LSP client for tests: spawns the bundled server over stdio and drives it
// as an editor does, keeping its own copy of each document's text.

import { spawn, type ChildProcess } from 'node:child_process';
import * as path from 'node:path';
import {
  createMessageConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type MessageConnection,
} from 'vscode-languageserver-protocol/node';
import type {
  CodeAction,
  CompletionItem,
  Diagnostic,
  DocumentDiagnosticReport,
  DocumentSymbol,
  Hover,
  InitializeResult,
  Position,
  Range,
  TextDocumentContentChangeEvent,
  TextEdit,
} from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';

export const SERVER = path.resolve(__dirname, '..', '..', 'dist', 'server.js');

export class TestClient {
  readonly process: ChildProcess;
  readonly connection: MessageConnection;
  private readonly documents = new Map<string, TextDocument>();
  /** What the client answers to workspace/configuration for section "nos". */
  settings: Record<string, unknown> = {};
  refreshes = 0;

  constructor(server = SERVER) {
    this.process = spawn(process.execPath, [server, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
    this.connection = createMessageConnection(
      new StreamMessageReader(this.process.stdout!),
      new StreamMessageWriter(this.process.stdin!),
    );
    this.connection.onRequest('workspace/configuration', (params: { items: unknown[] }) => params.items.map(() => this.settings));
    this.connection.onRequest('client/registerCapability', () => null);
    this.connection.onRequest('workspace/diagnostic/refresh', () => {
      this.refreshes++;
      return null;
    });
    this.connection.listen();
  }

  /** `snippetEdits`: take snippet edits in workspace edits, as VS Code does. */
  initialize(options: { snippetEdits?: boolean } = {}): Promise<InitializeResult> {
    return this.connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: null,
      capabilities: {
        workspace: {
          configuration: true, didChangeConfiguration: { dynamicRegistration: true }, diagnostics: { refreshSupport: true },
          ...(options.snippetEdits && { workspaceEdit: { documentChanges: true, snippetEditSupport: true } }),
        },
        textDocument: {
          synchronization: { dynamicRegistration: true, didSave: true },
          diagnostic: { dynamicRegistration: true, relatedDocumentSupport: false },
          documentSymbol: { hierarchicalDocumentSymbolSupport: true },
          hover: { contentFormat: ['markdown', 'plaintext'] },
          codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source.fixAll'] } }, dataSupport: true },
          completion: { completionItem: { snippetSupport: true } },
        },
      },
    }).then(async (result) => {
      await this.connection.sendNotification('initialized', {});
      return result as InitializeResult;
    });
  }

  text(uri: string): string {
    return this.documents.get(uri)!.getText();
  }

  version(uri: string): number {
    return this.documents.get(uri)!.version;
  }

  async open(uri: string, text: string): Promise<void> {
    this.documents.set(uri, TextDocument.create(uri, 'nos', 1, text));
    await this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'nos', version: 1, text } });
  }

  async change(uri: string, changes: TextDocumentContentChangeEvent[]): Promise<void> {
    const document = this.documents.get(uri)!;
    const next = TextDocument.update(document, changes, document.version + 1);
    this.documents.set(uri, next);
    await this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: next.version }, contentChanges: changes });
  }

  /** Types `text` at `position` as one incremental change. */
  type(uri: string, position: Position, text: string): Promise<void> {
    return this.change(uri, [{ range: { start: position, end: position }, text }]);
  }

  replace(uri: string, range: Range, text: string): Promise<void> {
    return this.change(uri, [{ range, text }]);
  }

  /** Applies a code action's edit the way an editor would, as one change. */
  async apply(uri: string, action: CodeAction): Promise<void> {
    const edits = (action.edit!.changes![uri] ?? []) as TextEdit[];
    const next = TextDocument.applyEdits(this.documents.get(uri)!, edits);
    await this.change(uri, [{ text: next }]);
  }

  async close(uri: string): Promise<void> {
    this.documents.delete(uri);
    await this.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
  }

  async diagnostics(uri: string, previousResultId?: string): Promise<DocumentDiagnosticReport> {
    return this.connection.sendRequest('textDocument/diagnostic', { textDocument: { uri }, previousResultId });
  }

  async diagnosticItems(uri: string): Promise<Diagnostic[]> {
    const report = await this.diagnostics(uri);
    if (report.kind !== 'full') throw new Error('expected a full report');
    return report.items;
  }

  symbols(uri: string): Promise<DocumentSymbol[]> {
    return this.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri } });
  }

  hover(uri: string, position: Position): Promise<Hover | null> {
    return this.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position });
  }

  completion(uri: string, position: Position): Promise<CompletionItem[]> {
    return this.connection.sendRequest('textDocument/completion', { textDocument: { uri }, position });
  }

  codeActions(uri: string, range: Range, diagnostics: Diagnostic[], only?: string[]): Promise<CodeAction[]> {
    return this.connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri },
      range,
      context: { diagnostics, ...(only && { only }) },
    });
  }

  /** Types a line break at `position` and asks for the on-type edits at the new line's start. */
  async enter(uri: string, position: Position): Promise<TextEdit[]> {
    await this.type(uri, position, '\n');
    return this.connection.sendRequest('textDocument/onTypeFormatting', {
      textDocument: { uri },
      position: { line: position.line + 1, character: 0 },
      ch: '\n',
      options: { tabSize: 2, insertSpaces: true },
    });
  }

  async applyEdits(uri: string, edits: TextEdit[]): Promise<void> {
    await this.change(uri, [{ text: TextDocument.applyEdits(this.documents.get(uri)!, edits) }]);
  }

  setDocumentLanguage(uri: string, language: 'auto' | 'en' | 'cy'): Promise<void> {
    return this.connection.sendNotification('nos/setDocumentLanguage', { uri, language });
  }

  async changeSettings(settings: Record<string, unknown>): Promise<void> {
    this.settings = settings;
    await this.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
  }

  async stop(): Promise<void> {
    try {
      await this.connection.sendRequest('shutdown');
      await this.connection.sendNotification('exit');
    } finally {
      this.connection.dispose();
      this.process.kill();
    }
  }
}
