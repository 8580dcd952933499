// The language server: maps LSP requests onto the analysis core. Runs inside VS Code
// and on its own (`node dist/server.js --stdio`) for other LSP editors.

import {
  CodeActionKind,
  createConnection,
  DocumentDiagnosticReportKind,
  LSPErrorCodes,
  ProposedFeatures,
  ResponseError,
  TextDocumentSyncKind,
  CancellationToken,
  type CodeActionParams,
  type DocumentDiagnosticReport,
} from 'vscode-languageserver/node';
import { createNosService } from './core';
import { Analyses, type DocumentAnalysis } from './lsp/analyses';
import { PushDiagnostics, wantsPush } from './lsp/push';
import { codeActions, FIX_ALL_KIND } from './lsp/codeActions';
import { DocumentSettings } from './lsp/documentSettings';
import { DOCUMENT_LANGUAGE, DocumentLanguages, SET_DOCUMENT_LANGUAGE } from './lsp/documentLanguage';
import { Documents } from './lsp/documents';
import { toCompletionItems, toDocumentSymbol, toHover } from './lsp/features';
import { ON_TYPE_FORMATTING, onTypeEdits } from './lsp/onTypeFormatting';
import { checkCodeActionParams, positionOf, uriOf } from './lsp/params';
import type { Settings } from './lsp/settings';
import { stdioTransport } from './lsp/transport';
import { DiagnosticEncoder } from './shared/diagnostic';
import { packageRootUri } from './shared/packageRoot';

const transport = stdioTransport();
const connection = transport ? createConnection(ProposedFeatures.all, ...transport) : createConnection(ProposedFeatures.all);
const service = createNosService();
const analyses = new Analyses(service);
const diagnostics = new DiagnosticEncoder(packageRootUri());
const clientSupport = { snippetEdits: false };
const languages = new DocumentLanguages();
/** Set for clients that cannot pull diagnostics: they get them published. */
let push: PushDiagnostics | undefined;
const settings = new DocumentSettings(connection, () => {
  if (push) push.refresh();
  // A client without diagnostic refresh answers with an error: it pulls again on its own.
  else void connection.languages.diagnostics.refresh().catch(() => undefined);
});
const documents = new Documents(
  (uri) => {
    analyses.forget(uri);
    settings.forget(uri);
    languages.forget(uri);
    push?.closed(uri);
  },
  (uri) => push?.changed(uri),
);

connection.onInitialize((params) => {
  settings.initialize(params);
  clientSupport.snippetEdits = params?.capabilities?.workspace?.workspaceEdit?.snippetEditSupport === true;
  if (wantsPush(params?.capabilities)) push = new PushDiagnostics(connection, versionedAnalysisOf, diagnostics);
  return {
    capabilities: {
      textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
      diagnosticProvider: { identifier: 'nos', interFileDependencies: false, workspaceDiagnostics: false },
      documentSymbolProvider: { label: 'NOS' },
      hoverProvider: true,
      completionProvider: {},
      codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND] },
      documentOnTypeFormattingProvider: ON_TYPE_FORMATTING,
    },
    serverInfo: { name: 'nos-author' },
  };
});

connection.onInitialized(() => settings.initialized());

function cancelled(): ResponseError<void> {
  return new ResponseError(LSPErrorCodes.RequestCancelled, 'Request cancelled');
}

/** Lets messages already received (newer edits, cancellations) be handled first. */
function queuedMessages(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

connection.onNotification(SET_DOCUMENT_LANGUAGE, (params: unknown) => {
  const uri = languages.set(params);
  if (!uri) return;
  analyses.forget(uri);
  if (push) push.changed(uri);
  else void connection.languages.diagnostics.refresh().catch(() => undefined);
});

/** A document's settings, its language resolved. */
async function settingsOf(uri: string): Promise<Settings> {
  return languages.apply(uri, await settings.get(uri));
}

/** The analysis of the document's current version, or null for an unknown document. */
async function analysisOf(uri: string, token: CancellationToken): Promise<DocumentAnalysis | null> {
  await queuedMessages();
  if (token.isCancellationRequested) throw cancelled();
  if (!documents.get(uri)) return null;
  const documentSettings = await settingsOf(uri);
  // Settings may arrive after more edits or a cancellation: answer for the newest text.
  if (token.isCancellationRequested) throw cancelled();
  const document = documents.get(uri);
  return document ? analyses.get(document, documentSettings, settings.generation) : null;
}

/** The analysis with the version of the text it is of: nothing can change the document between the two reads. */
async function versionedAnalysisOf(uri: string): Promise<{ entry: DocumentAnalysis; version: number } | null> {
  const entry = await analysisOf(uri, CancellationToken.None);
  const document = documents.get(uri);
  return entry && document ? { entry, version: document.version } : null;
}

connection.languages.diagnostics.on(async (params, token): Promise<DocumentDiagnosticReport> => {
  const entry = await analysisOf(uriOf(params), token);
  if (!entry) return { kind: DocumentDiagnosticReportKind.Full, items: [] };
  const { resultId } = entry;
  if (params.previousResultId === resultId) return { kind: DocumentDiagnosticReportKind.Unchanged, resultId };
  return { kind: DocumentDiagnosticReportKind.Full, resultId, items: entry.findings.map((finding) => diagnostics.encode(finding)) };
});

connection.onDocumentSymbol(async (params, token) => {
  const entry = await analysisOf(uriOf(params), token);
  return entry?.analysis ? service.outline(entry.analysis).map(toDocumentSymbol) : [];
});

connection.onHover(async (params, token) => {
  const uri = uriOf(params);
  const position = positionOf(params);
  const entry = await analysisOf(uri, token);
  const result = entry?.analysis && service.hover(entry.analysis, position);
  return result ? toHover(result) : null;
});

connection.onCompletion(async (params, token) => {
  const uri = uriOf(params);
  const position = positionOf(params);
  const entry = await analysisOf(uri, token);
  const result = entry?.analysis && service.completions(entry.analysis, position);
  return result ? toCompletionItems(result) : [];
});

connection.onCodeAction(async (params: CodeActionParams, token) => {
  const uri = uriOf(params);
  checkCodeActionParams(params);
  const entry = await analysisOf(uri, token);
  return entry?.analysis ? codeActions(params, entry.analysis, clientSupport) : [];
});

connection.onRequest(DOCUMENT_LANGUAGE, async (params: unknown, token) => {
  const entry = await analysisOf(uriOf({ textDocument: params }), token);
  return entry?.analysis?.doc.language ?? null;
});

connection.onDocumentOnTypeFormatting(async (params, token) => {
  const uri = uriOf(params);
  const position = positionOf(params);
  const entry = await analysisOf(uri, token);
  return entry?.analysis ? onTypeEdits(entry.analysis, params.ch, position, await settingsOf(uri)) : [];
});

documents.listen(connection);
connection.listen();
