// Everything the language server answers, on any connection: the Node server (stdio or
// IPC) and the browser's (a worker) differ only in how the connection is made.

import {
  CodeActionKind,
  DocumentDiagnosticReportKind,
  LSPErrorCodes,
  ResponseError,
  TextDocumentSyncKind,
  CancellationToken,
  type CodeActionParams,
  type DocumentDiagnosticReport,
  type Connection,
} from 'vscode-languageserver';
import { createNosService, warmUp } from '../core';
import { Analyses, type DocumentAnalysis } from './analyses';
import { PushDiagnostics, wantsPush } from './push';
import { codeActions, FIX_ALL_KIND } from './codeActions';
import { DocumentSettings } from './documentSettings';
import { REFLOW_KIND } from './reflow';
import { DOCUMENT_LANGUAGE, DocumentLanguages, SET_DOCUMENT_LANGUAGE } from './documentLanguage';
import { Documents, warmUpDocuments } from './documents';
import { toCompletionItems, toDocumentSymbol, toHover } from './features';
import { ON_TYPE_FORMATTING, onTypeEdits } from './onTypeFormatting';
import { listenForNavigation, navigationCapabilities } from './navigation';
import { listenForOtherLanguage } from './otherLanguage';
import { checkCodeActionParams, positionOf, uriOf } from './params';
import type { Settings } from './settings';
import { DiagnosticEncoder } from '../shared/diagnostic';
import { closedReport, listenForWorkspace, openReport, workspaceCapabilities } from './workspace';
import { WorkspaceIndex } from './workspaceIndex';
import { nextTurn } from './nextTurn';
import { SpellingSupport, type SpellingFactory } from './spelling';
import { warmUpWhileIdle } from './idleWarmUp';

/**
 * Answers a client on `connection` until it exits.
 * @param packageRoot the package's root URI ending in '/', for links to rule pages.
 * @param spellingFactory the dictionaries of the spelling rule, where the platform has them.
 */
export function serve(connection: Connection, packageRoot: string, spellingFactory?: SpellingFactory): void {
  /** Every open document's diagnostics again: pulled by the client, or published to one that cannot pull. */
  function refreshDiagnostics(): void {
    if (push) return push.refresh();
    try {
      // A client without diagnostic refresh answers with an error: it pulls again on its own.
      void connection.languages.diagnostics.refresh().catch(() => undefined);
    } catch {
      // The connection has closed: the server is ending.
    }
  }
  const spelling = new SpellingSupport(connection, spellingFactory, refreshDiagnostics);
  const service = createNosService({ spelling: spelling.lookup });
  // Before the first message is read, on a service of its own: the first document opened
  // is then analysed by code already compiled and optimised. The lookup of the documents'
  // kind is dropped before the end of the turn, so it never starts a dictionary; it does
  // not wait for one (no `ready`), so the spelling rule's code is warmed too.
  const trialLookup = () => spellingFactory?.({ answered: () => {} });
  const trial = trialLookup();
  const warmed = warmUp(trial);
  void trial?.dispose();
  const analyses = new Analyses(service);
  const diagnostics = new DiagnosticEncoder(packageRoot);
  // What the server makes of an analysis, too: the first document's diagnostics and outline.
  for (const analysis of warmed) {
    for (const finding of analysis.findings) diagnostics.encode(finding);
    service.outline(analysis).map(toDocumentSymbol);
  }
  warmUpDocuments(warmed.map((analysis) => analysis.doc.lines.text));
  const idle = warmUpWhileIdle(trialLookup);
  const clientSupport = { snippetEdits: false };
  const languages = new DocumentLanguages();
  /** Set for clients that cannot pull diagnostics: they get them published. */
  let push: PushDiagnostics | undefined;
  const settings = new DocumentSettings(connection, () => {
    index.settingsChanged();
    refreshDiagnostics();
  });
  settings.warmUp();
  const documents = new Documents(
    (uri) => {
      analyses.forget(uri);
      settings.forget(uri);
      languages.forget(uri);
      spelling.forget(uri);
      push?.closed(uri);
      index.closed(uri);
    },
    (uri, opened) => {
      idle.busy();
      index.keystroke();
      // Asked for as soon as a document opens, not when its diagnostics are (kept after that).
      if (opened) settings.get(uri).catch(() => undefined);
      push?.changed(uri);
    },
  );

  const index = new WorkspaceIndex(connection, {
    settingsOf: (uri) => settingsOf(uri),
    isOpen: (uri) => documents.get(uri) !== undefined,
    openFindingsChanged: refreshDiagnostics,
  });

  connection.onInitialize((params) => {
    settings.initialize(params);
    spelling.initialize(params);
    index.initialize(params);
    clientSupport.snippetEdits = params?.capabilities?.workspace?.workspaceEdit?.snippetEditSupport === true;
    if (wantsPush(params?.capabilities)) push = new PushDiagnostics(connection, versionedAnalysisOf, diagnostics);
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
        ...workspaceCapabilities(index),
        documentSymbolProvider: { label: 'NOS' },
        hoverProvider: true,
        completionProvider: {},
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND, REFLOW_KIND] },
        documentOnTypeFormattingProvider: ON_TYPE_FORMATTING,
        ...navigationCapabilities(params?.capabilities),
      },
      serverInfo: { name: 'nos-author' },
    };
  });

  connection.onInitialized(() => {
    settings.initialized();
    index.initialized();
  });

  function cancelled(): ResponseError<void> {
    return new ResponseError(LSPErrorCodes.RequestCancelled, 'Request cancelled');
  }

  /** Lets messages already received (newer edits, cancellations) be handled first. */
  function queuedMessages(): Promise<void> {
    return nextTurn();
  }

  connection.onNotification(SET_DOCUMENT_LANGUAGE, (params: unknown) => {
    const uri = languages.set(params);
    if (!uri) return;
    analyses.forget(uri);
    if (push) push.changed(uri);
    else refreshDiagnostics();
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
    const [documentSettings, accepted] = await Promise.all([settingsOf(uri), spelling.accepted(uri)]);
    // Settings may arrive after more edits or a cancellation: answer for the newest text.
    if (token.isCancellationRequested) throw cancelled();
    const document = documents.get(uri);
    // Both counters only grow, so their sum changes whenever either does.
    return document ? analyses.get(document, documentSettings, settings.generation + spelling.generation, accepted) : null;
  }

  /** The analysis with the version of the text it is of: nothing can change the document between the two reads. */
  async function versionedAnalysisOf(uri: string): Promise<{ entry: DocumentAnalysis; version: number } | null> {
    const entry = await analysisOf(uri, CancellationToken.None);
    const document = documents.get(uri);
    return entry && document ? { entry, version: document.version } : null;
  }

  connection.languages.diagnostics.on(async (params, token): Promise<DocumentDiagnosticReport> => {
    const uri = uriOf(params);
    const entry = await analysisOf(uri, token);
    if (!entry) {
      // A document just closed (the editor pulls once more): what the index holds of the file.
      const closed = closedReport(index, uri, diagnostics);
      if (closed && params.previousResultId === closed.resultId) return { kind: DocumentDiagnosticReportKind.Unchanged, resultId: closed.resultId };
      return { kind: DocumentDiagnosticReportKind.Full, ...(closed ?? { items: [] }) };
    }
    const suite = index.enabled ? index.openFindings(uri, entry.analysis, await settingsOf(uri)) : [];
    const { resultId, items } = openReport(entry, suite, index.suiteVersion(uri), diagnostics);
    if (params.previousResultId === resultId) return { kind: DocumentDiagnosticReportKind.Unchanged, resultId };
    return { kind: DocumentDiagnosticReportKind.Full, resultId, items };
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
    const document = documents.get(uri);
    if (!entry?.analysis || !document) return [];
    const wordAt = (range: typeof params.range) => document.getText(range);
    return [...codeActions(params, entry.analysis, clientSupport), ...spelling.codeActions(params, entry.analysis.messages, wordAt)];
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

  listenForNavigation(connection, service, analysisOf);
  spelling.listen();
  listenForWorkspace(connection, index, diagnostics, analysisOf);
  listenForOtherLanguage(connection, { analysisOf, settingsOf, indexed: () => index.documents() });

  documents.listen(connection);
  connection.listen();
}
