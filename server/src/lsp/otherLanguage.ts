// "NOS: Open the other language": request `nos/otherLanguage` finds the document's other
// language version (by URN, or the `pairs` of its `.nosrc.json`) and the place in it that
// matches the position asked at. The files searched are the workspace index's; when there
// is no index, or it knows no twin, the server answers `{ candidatesWanted: true }` and the
// client asks again with the texts of the workspace's NOS files.

import type { CancellationToken, Connection, Range } from 'vscode-languageserver';
import { parse, type DocumentAnalysis, type SuiteDocument } from '../core';
import { noTwinMessage } from '../core/suite/pair-alignment';
import { Twins } from '../core/suite/pairs';
import { matchingPlace } from '../core/suite/pairsPlace';
import { invalid, isObject, positionOf, uriOf } from './params';
import type { Settings } from './settings';

export const OTHER_LANGUAGE = 'nos/otherLanguage';

export type OtherLanguageResult = { uri: string; range: Range } | { message: string } | { candidatesWanted: true } | null;

export interface OtherLanguageHost {
  analysisOf(uri: string, token: CancellationToken): Promise<DocumentAnalysis | null>;
  settingsOf(uri: string): Promise<Settings>;
  /** Every file of the workspace index (open documents with their live text), or null while there is none. */
  indexed?(): readonly SuiteDocument[] | null;
}

interface Candidate {
  uri: string;
  text: string;
}

function candidatesOf(params: Record<string, unknown>): Candidate[] | undefined {
  const { candidates } = params;
  if (candidates === undefined) return undefined;
  if (!Array.isArray(candidates) || !candidates.every((c) => isObject(c) && typeof c.uri === 'string' && typeof c.text === 'string')) {
    throw invalid('candidates');
  }
  return candidates as Candidate[];
}

/** A file the client sent, parsed in the language its settings give it (its findings are not needed). */
async function candidateDocument(candidate: Candidate, host: OtherLanguageHost): Promise<SuiteDocument | null> {
  const settings = await host.settingsOf(candidate.uri);
  if (candidate.text.length > settings.maxFileSize) return null;
  const doc = parse(candidate.text, { language: settings.language === 'auto' ? undefined : settings.language });
  return { uri: candidate.uri, language: doc.language, analysis: { doc }, twin: settings.twin };
}

export function listenForOtherLanguage(connection: Connection, host: OtherLanguageHost): void {
  connection.onRequest(OTHER_LANGUAGE, async (params: unknown, token: CancellationToken): Promise<OtherLanguageResult> => {
    const uri = uriOf(params);
    const position = positionOf(params);
    const candidates = candidatesOf(params as Record<string, unknown>);
    const entry = await host.analysisOf(uri, token);
    const analysis = entry?.analysis;
    if (!analysis) return null;
    const settings = await host.settingsOf(uri);
    const current: SuiteDocument = { uri, language: analysis.doc.language, analysis, twin: settings.twin };
    const twinAmong = (others: readonly SuiteDocument[]) => new Twins([current, ...others.filter((other) => other.uri !== uri)]).twinOf(uri);
    // The index first; where it knows no twin (a file it has not read yet), the files the client reads.
    const indexed = candidates ? null : host.indexed?.();
    let twin = indexed ? twinAmong(indexed) : undefined;
    if (!twin) {
      if (!candidates) return { candidatesWanted: true };
      twin = twinAmong((await Promise.all(candidates.map((candidate) => candidateDocument(candidate, host)))).filter((d) => d !== null));
    }
    const lang = settings.messagesLanguage === 'document' ? analysis.doc.language : settings.messagesLanguage;
    if (!twin) return { message: noTwinMessage(analysis.doc.language, lang) };
    return { uri: twin.uri, range: matchingPlace(analysis.doc, position, twin.analysis.doc) };
  });
}
