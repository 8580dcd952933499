// `nos check <folder>` as a suite: every draft is analysed first (in a worker thread, most
// often), keeping only its findings and what the suite rules read of it (its facts; the
// model is read again from the file only for a rule that asks for it), then the suite
// rules run over all of them.

import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { checkSuite, parse, type AnalyseOptions, type Analysis, type Finding, type Lang, type SuiteDocument, type SuiteFinding } from '../core';
import type { SuiteFacts } from '../core/suite/facts';
import { loadDraft } from './read';

/** Suite checks run when a directory is given: a file checked on its own has no suite. */
export function namesAFolder(paths: readonly string[]): boolean {
  return paths.some((path) => {
    try {
      return statSync(path).isDirectory();
    } catch {
      return false;
    }
  });
}

/** How the suite's findings name a draft. */
export const uriOf = (path: string): string => pathToFileURL(resolve(path)).href;

export class SuiteRun {
  private readonly documents: SuiteDocument[] = [];
  private suite: Map<string, SuiteFinding[]> | null = null;

  /** Adds a checked draft; `uri` names it in the suite's findings. `twin`: the path its configuration pairs it with. */
  add(path: string, language: Lang, facts: SuiteFacts, options: AnalyseOptions, twin?: string): string {
    const uri = uriOf(path);
    let model: Pick<Analysis, 'doc'> | undefined;
    this.documents.push({
      uri,
      language,
      rules: options.rules,
      messages: options.messages,
      facts,
      ...(twin !== undefined && { twin: pathToFileURL(twin).href }),
      get analysis() {
        // Read again; a file gone since reads as an empty draft.
        return (model ??= loadDraft(path, options, () => undefined)?.analysis ?? { doc: parse('') });
      },
    });
    return uri;
  }

  /** The draft's findings with its suite findings, in order of position. */
  findingsOf(uri: string, own: readonly Finding[]): Finding[] {
    this.suite ??= group(checkSuite(this.documents));
    const suite = this.suite.get(uri);
    if (!suite) return [...own];
    return [...own, ...suite].sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
  }
}

function group(findings: SuiteFinding[]): Map<string, SuiteFinding[]> {
  const byUri = new Map<string, SuiteFinding[]>();
  for (const finding of findings) {
    const list = byUri.get(finding.uri);
    if (list) list.push(finding);
    else byUri.set(finding.uri, [finding]);
  }
  return byUri;
}
