// One analysis per open document version, shared by every request about it.

import type { TextDocument } from 'vscode-languageserver-textdocument';
import { analyse, sameRange, type Analysis, type Finding } from '../core';
import { analyseOptions, type Settings } from './settings';

export interface DocumentAnalysis {
  version: number;
  generation: number;
  /** Names the findings: it changes only when they do, so the client can keep what it has ("unchanged" reports). */
  resultId: string;
  /** Null when the document is over the size limit and was not analysed. */
  analysis: Analysis | null;
  findings: Finding[];
}

function tooLarge(document: TextDocument, settings: Settings): Finding {
  const size = document.getText().length.toLocaleString('en-GB');
  const limit = settings.maxFileSize.toLocaleString('en-GB');
  return {
    ruleId: 'file-too-large',
    severity: 3,
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    message:
      `This document has ${size} characters, over the nos.maxFileSize limit of ${limit}, so it is not checked. ` +
      `Mae gan y ddogfen hon ${size} o nodau, dros y terfyn nos.maxFileSize o ${limit}, felly nid yw'n cael ei gwirio.`,
    fixes: [],
  };
}

/** Findings equal in everything a client sees or a fix applies. */
function sameFindings(a: Finding[], b: Finding[]): boolean {
  if (a.length !== b.length) return false;
  return a.every((x, i) => {
    const y = b[i];
    // Findings of sections an edit did not reach are the very same objects.
    return x === y || x.ruleId === y.ruleId && x.severity === y.severity && x.message === y.message &&
      x.unnecessary === y.unnecessary && x.group?.key === y.group?.key && sameRange(x.range, y.range) &&
      x.fixes.length === y.fixes.length &&
      x.fixes.every((f, k) => {
        const g = y.fixes[k];
        return f.title === g.title && f.edits.length === g.edits.length &&
          f.edits.every((e, j) => e.newText === g.edits[j].newText && sameRange(e.range, g.edits[j].range));
      });
  });
}

export class Analyses {
  private readonly byUri = new Map<string, DocumentAnalysis>();
  private nextId = 0;

  get(document: TextDocument, settings: Settings, generation: number): DocumentAnalysis {
    const cached = this.byUri.get(document.uri);
    if (cached && cached.version === document.version && cached.generation === generation) return cached;
    const text = document.getText();
    const previous = cached?.analysis ?? undefined;
    const analysis = text.length > settings.maxFileSize ? null : analyse(text, { ...analyseOptions(settings), previous });
    const findings = analysis ? analysis.findings : [tooLarge(document, settings)];
    const unchanged = cached && cached.generation === generation && sameFindings(cached.findings, findings);
    const entry: DocumentAnalysis = {
      version: document.version,
      generation,
      resultId: unchanged ? cached.resultId : String(++this.nextId),
      analysis,
      findings,
    };
    this.byUri.set(document.uri, entry);
    return entry;
  }

  forget(uri: string): void {
    this.byUri.delete(uri);
  }
}
