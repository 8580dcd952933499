// The analysis of each open document's current text, from the service that holds
// them, under the document's settings.

import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { DocumentAnalysis, NosService } from '../core';
import { analyseOptions, type Settings } from './settings';

export type { DocumentAnalysis };

export class Analyses {
  constructor(private readonly service: NosService) {}

  /** Keyed on the text held, not the version: a client may send new text under an old version. */
  get(document: TextDocument, settings: Settings, generation: number, acceptedWords?: ReadonlySet<string>): DocumentAnalysis {
    const options = { ...analyseOptions(settings), maxCharacters: settings.maxFileSize, acceptedWords };
    return this.service.document(document.uri, document.getText(), options, generation);
  }

  forget(uri: string): void {
    this.service.forget(uri);
  }
}
