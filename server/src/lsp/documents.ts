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

/** Keystrokes typed into each warm-up text: enough for V8 to compile what a change runs. */
const WARM_UP_KEYS = 20;

/**
 * Opens each text and types into it, as the first document a writer opens is: a document's
 * first change works out its line offsets, which for a long draft costs milliseconds in
 * code not yet compiled.
 */
export function warmUpDocuments(texts: readonly string[]): void {
  for (const text of texts) {
    let document = TextDocument.create('untitled:warm-up', 'nos', 1, text);
    const at = document.positionAt(text.length >> 1);
    for (let version = 2; version < 2 + WARM_UP_KEYS; version++) {
      document = updateDocument(document, [{ range: { start: at, end: at }, text: 'x' }], version);
    }
  }
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
      const document = TextDocument.create(doc.uri, languageId, version, doc.text);
      // Its line offsets, worked out at the first change otherwise: a long draft's first keystroke waited for them.
      void document.lineCount;
      this.byUri.set(doc.uri, document);
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
