// Choices a writer made about one file, kept across restarts: whether to check a plain
// text file as a NOS, and the language to check a document in.

import type * as vscode from 'vscode';
import type { Lang } from './strings';

/** 'nos': check it; 'plain': leave it; 'asked': the prompt was shown and dismissed. */
export type CheckChoice = 'nos' | 'plain' | 'asked';

export class Memory {
  constructor(private readonly state: vscode.Memento) {}

  check(uri: vscode.Uri): CheckChoice | undefined {
    return this.state.get<CheckChoice>(`check:${uri.toString()}`);
  }

  setCheck(uri: vscode.Uri, choice: CheckChoice): Thenable<void> {
    return this.state.update(`check:${uri.toString()}`, choice);
  }

  language(uri: vscode.Uri): Lang | undefined {
    return this.state.get<Lang>(`language:${uri.toString()}`);
  }

  /** `undefined` goes back to detecting the language. */
  setLanguage(uri: vscode.Uri, language: Lang | undefined): Thenable<void> {
    return this.state.update(`language:${uri.toString()}`, language);
  }
}
