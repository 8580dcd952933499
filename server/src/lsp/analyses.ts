// One analysis per open document version, shared by every request about it.

import type { TextDocument } from 'vscode-languageserver-textdocument';
import { analyse, type Analysis, type Finding } from '../core';
import { analyseOptions, type Settings } from './settings';

export interface DocumentAnalysis {
  version: number;
  generation: number;
  /** Null when the document is over the size limit and was not analysed. */
  analysis: Analysis | null;
  findings: Finding[];
}

function tooLarge(document: TextDocument, settings: Settings): Finding {
  const megabytes = (settings.maxFileSize / 1_000_000).toLocaleString('en-GB');
  return {
    ruleId: 'file-too-large',
    severity: 3,
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    message: `This document has ${document.getText().length.toLocaleString('en-GB')} characters, over the nos.maxFileSize limit of ${megabytes} million, so it is not checked.`,
    fixes: [],
  };
}

export class Analyses {
  private readonly byUri = new Map<string, DocumentAnalysis>();

  get(document: TextDocument, settings: Settings, generation: number): DocumentAnalysis {
    const cached = this.byUri.get(document.uri);
    if (cached && cached.version === document.version && cached.generation === generation) return cached;
    const text = document.getText();
    const analysis = text.length > settings.maxFileSize ? null : analyse(text, analyseOptions(settings));
    const entry: DocumentAnalysis = {
      version: document.version,
      generation,
      analysis,
      findings: analysis ? analysis.findings : [tooLarge(document, settings)],
    };
    this.byUri.set(document.uri, entry);
    return entry;
  }

  forget(uri: string): void {
    this.byUri.delete(uri);
  }
}
