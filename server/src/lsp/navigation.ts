// Glossary navigation, rename, folding and selection ranges: their capabilities, their
// requests mapped onto the service, results in LSP shapes, and the checks on the params
// only these requests carry.

import {
  DocumentHighlightKind,
  LSPErrorCodes,
  ResponseError,
  type CancellationToken,
  type ClientCapabilities,
  type Connection,
  type DocumentHighlight,
  type FoldingRange,
  type Location,
  type Position,
  type Range,
  type SelectionRange,
  type TextEdit,
  type WorkspaceEdit,
} from 'vscode-languageserver';
import type { DocumentAnalysis, Fold, NosService, RenamePlace, RenameRefusal, TermReferences } from '../core';
import { invalid, isObject, isPosition, positionOf, uriOf } from './params';

/** Rename answers `prepareRename` only for clients that say they send it. */
export function navigationCapabilities(client: ClientCapabilities | undefined) {
  return {
    definitionProvider: true,
    referencesProvider: true,
    documentHighlightProvider: true,
    renameProvider: client?.textDocument?.rename?.prepareSupport === true ? { prepareProvider: true } : true,
    foldingRangeProvider: true,
    selectionRangeProvider: true,
  } as const;
}

type AnalysisOf = (uri: string, token: CancellationToken) => Promise<DocumentAnalysis | null>;

export function listenForNavigation(connection: Connection, service: NosService, analysisOf: AnalysisOf): void {
  /** The analysis of the document a request is about, and the position it asks at. */
  async function at(params: unknown, token: CancellationToken) {
    const uri = uriOf(params);
    const position = positionOf(params);
    const analysis = (await analysisOf(uri, token))?.analysis ?? null;
    return { uri, position, analysis };
  }

  connection.onDefinition(async (params, token) => {
    const { uri, position, analysis } = await at(params, token);
    const range = analysis && service.definition(analysis, position);
    return range ? toLocation(uri, range) : null;
  });

  connection.onReferences(async (params, token) => {
    const { uri, position, analysis } = await at(params, token);
    const refs = analysis && service.references(analysis, position);
    return refs ? toReferences(uri, refs, includesDeclaration(params)) : [];
  });

  connection.onDocumentHighlight(async (params, token) => {
    const { position, analysis } = await at(params, token);
    const refs = analysis && service.references(analysis, position);
    return refs ? toHighlights(refs) : [];
  });

  connection.onPrepareRename(async (params, token) => {
    const { position, analysis } = await at(params, token);
    return analysis ? toRenamePlace(service.prepareRename(analysis, position)) : null;
  });

  connection.onRenameRequest(async (params, token) => {
    const newName = newNameOf(params);
    const { uri, position, analysis } = await at(params, token);
    return analysis ? toRenameEdit(uri, service.rename(analysis, position, newName)) : null;
  });

  connection.onFoldingRanges(async (params, token) => {
    const analysis = (await analysisOf(uriOf(params), token))?.analysis;
    return analysis ? service.folding(analysis).map(toFoldingRange) : [];
  });

  connection.onSelectionRanges(async (params, token) => {
    const uri = uriOf(params);
    const positions = positionsOf(params);
    const analysis = (await analysisOf(uri, token))?.analysis;
    if (!analysis) return [];
    return service.selectionRanges(analysis, positions).map((chain, i) => toSelectionRange(chain, positions[i]));
  });
}

function toLocation(uri: string, range: Range): Location {
  return { uri, range };
}

/** Every use of the term, the headword first when the client asks for declarations. */
function toReferences(uri: string, refs: TermReferences, includeDeclaration: boolean): Location[] {
  return [...(includeDeclaration ? [refs.headword] : []), ...refs.uses].map((range) => toLocation(uri, range));
}

/** The headword is where the term is written (defined); uses read it. */
function toHighlights(refs: TermReferences): DocumentHighlight[] {
  return [
    { range: refs.headword, kind: DocumentHighlightKind.Write },
    ...refs.uses.map((range) => ({ range, kind: DocumentHighlightKind.Read })),
  ];
}

function toFoldingRange(fold: Fold): FoldingRange {
  return { startLine: fold.startLine, endLine: fold.endLine };
}

/** A chain of ranges, innermost first, as nested selection ranges; a bare position when there is none. */
function toSelectionRange(chain: Range[], position: Position): SelectionRange {
  if (chain.length === 0) return { range: { start: position, end: position } };
  return chain.reduceRight<SelectionRange | undefined>((parent, range) => ({ range, ...(parent && { parent }) }), undefined)!;
}

function toRenamePlace(place: RenamePlace | RenameRefusal): { range: Range; placeholder: string } {
  if ('refusal' in place) throw refused(place);
  return place;
}

function toRenameEdit(uri: string, result: { edits: TextEdit[] } | RenameRefusal): WorkspaceEdit {
  if ('refusal' in result) throw refused(result);
  return { changes: { [uri]: result.edits } };
}

/** Editors show a failed rename's message to the writer. */
function refused(refusal: RenameRefusal): ResponseError<void> {
  return new ResponseError(LSPErrorCodes.RequestFailed, refusal.refusal);
}

function newNameOf(params: unknown): string {
  if (!isObject(params) || typeof params.newName !== 'string') throw invalid('newName');
  return params.newName;
}

function positionsOf(params: unknown): Position[] {
  if (!isObject(params) || !Array.isArray(params.positions) || !params.positions.every(isPosition)) throw invalid('positions');
  return params.positions;
}

/** Whether a references request asks for the headword too (it does unless told otherwise). */
function includesDeclaration(params: unknown): boolean {
  return !(isObject(params) && isObject(params.context) && params.context.includeDeclaration === false);
}
