// The document language: the override the writer chose in the editor for one document
// (the `nos/setDocumentLanguage` notification), else the settings, else the language
// the file name declares ("draft.cy.nos.txt"), else what the text shows.

import { languageFor } from '../core';
import { isObject } from './params';
import type { Settings } from './settings';

export type LanguageChoice = 'auto' | 'en' | 'cy';

export const SET_DOCUMENT_LANGUAGE = 'nos/setDocumentLanguage';
/** Request `{ uri }` → the language a document is checked in, 'en' or 'cy' (null if unknown). */
export const DOCUMENT_LANGUAGE = 'nos/documentLanguage';

export class DocumentLanguages {
  private readonly overrides = new Map<string, 'en' | 'cy'>();

  /** Records a choice ('auto' clears it); the document's uri if its override changed, else null. */
  set(params: unknown): string | null {
    if (!isObject(params) || typeof params.uri !== 'string') return null;
    const { uri, language } = params;
    const before = this.overrides.get(uri);
    if (language === 'en' || language === 'cy') this.overrides.set(uri, language);
    else if (language === 'auto') this.overrides.delete(uri);
    else return null;
    return before === this.overrides.get(uri) ? null : uri;
  }

  /** The settings for a document with its language resolved. */
  apply(uri: string, settings: Settings): Settings {
    const language = this.overrides.get(uri) ?? languageFor(settings.language, uri);
    return language === settings.language ? settings : { ...settings, language };
  }

  forget(uri: string): void {
    this.overrides.delete(uri);
  }
}
