// The open documents, kept in step with the client's notifications. Notifications
// cannot be answered with an error, so a malformed one is ignored whole: the document
// stays as it was rather than taking half of a change. Changes are applied in one pass
// (updateDocument), not one by one, so that a Replace All of thousands of matches is quick.

import type { Connection, TextDocumentContentChangeEvent } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { updateDocument } from './applyChanges';
import { isObject, isRange } from './params';

function isChange(value: unknown): value is TextDocumentContentChangeEvent {
  return isObject(value) && typeof value.text === 'string' && (value.range === undefined || isRange(value.range));
}

export class Documents {
  private readonly byUri = new Map<string, TextDocument>();

  constructor(
    private readonly onClose: (uri: string) => void,
    /** Called after a document opens (`opened`) or changes. */
    private readonly onUpdate: (uri: string, opened: boolean) => void = () => {},
  ) {}

  get(uri: string): TextDocument | undefined {
    return this.byUri.get(uri);
  }

  listen(connection: Connection): void {
    connection.onDidOpenTextDocument((params) => {
      const doc: unknown = params?.textDocument;
      if (!isObject(doc) || typeof doc.uri !== 'string' || typeof doc.text !== 'string') return;
      const version = Number.isSafeInteger(doc.version) ? (doc.version as number) : 0;
      const languageId = typeof doc.languageId === 'string' ? doc.languageId : 'nos';
      this.byUri.set(doc.uri, TextDocument.create(doc.uri, languageId, version, doc.text));
      this.onUpdate(doc.uri, true);
    });
    connection.onDidChangeTextDocument((params) => {
      const uri: unknown = params?.textDocument?.uri;
      const changes: unknown = params?.contentChanges;
      const document = typeof uri === 'string' ? this.byUri.get(uri) : undefined;
      if (!document || !Array.isArray(changes) || !changes.every(isChange)) return;
      const version = Number.isSafeInteger(params.textDocument.version) ? params.textDocument.version : document.version + 1;
      this.byUri.set(document.uri, updateDocument(document, changes, version));
      this.onUpdate(document.uri, false);
    });
    connection.onDidCloseTextDocument((params) => {
      const uri: unknown = params?.textDocument?.uri;
      if (typeof uri !== 'string' || !this.byUri.delete(uri)) return;
      this.onClose(uri);
    });
  }
}
