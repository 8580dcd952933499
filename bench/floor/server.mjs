// The floor: the least a language server on the same stack can do for a draft, to
// measure ours against in the same run (bench/parts/floor.mjs). Same library
// (vscode-languageserver), same transport (stdio), incremental sync, pull diagnostics
// and a flat outline, nothing else. Each answer is one pass over the lines:
// - a diagnostic per line longer than 200 characters or ending in white space
//   (lines.mjs: three on draft 002);
// - a symbol per heading-like line: it starts with a capital letter, is shorter than
//   80 characters and does not end in punctuation (the title and three headings on 002).
// The bench bundles it as it bundles the server (bench/lib/build.mjs).

import { createConnection, DiagnosticSeverity, DocumentDiagnosticReportKind, ProposedFeatures, SymbolKind, TextDocuments, TextDocumentSyncKind } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { eachLine, flagged } from './lines.mjs';

const HEADING_MAX = 80;
const CAPITAL = /\p{Lu}/u;
const PUNCTUATION = /[.:;,!?]/;

function diagnosticsOf(text) {
  const items = [];
  eachLine(text, (line, start, end) => {
    if (flagged(text, start, end)) {
      items.push({
        range: { start: { line, character: 0 }, end: { line, character: end - start } },
        severity: DiagnosticSeverity.Information,
        code: 'line',
        source: 'floor',
        message: 'Long line or trailing space',
      });
    }
  });
  return items;
}

function symbolsOf(text) {
  const symbols = [];
  eachLine(text, (line, start, end) => {
    if (end > start && end - start < HEADING_MAX && CAPITAL.test(text[start]) && !PUNCTUATION.test(text[end - 1])) {
      const range = { start: { line, character: 0 }, end: { line, character: end - start } };
      symbols.push({ name: text.slice(start, end), kind: SymbolKind.Namespace, range, selectionRange: range });
    }
  });
  return symbols;
}

const connection = createConnection(ProposedFeatures.all);
const documents = new TextDocuments(TextDocument);

connection.onInitialize(() => ({
  capabilities: {
    textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
    diagnosticProvider: { identifier: 'floor', interFileDependencies: false, workspaceDiagnostics: false },
    documentSymbolProvider: { label: 'Floor' },
  },
  serverInfo: { name: 'floor' },
}));

connection.languages.diagnostics.on(({ textDocument }) => {
  const document = documents.get(textDocument.uri);
  return { kind: DocumentDiagnosticReportKind.Full, items: document ? diagnosticsOf(document.getText()) : [] };
});

connection.onDocumentSymbol(({ textDocument }) => {
  const document = documents.get(textDocument.uri);
  return document ? symbolsOf(document.getText()) : null;
});

documents.listen(connection);
connection.listen();
