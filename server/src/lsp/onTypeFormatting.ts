// On-type formatting on a typed line break: numbered lists continue and end as the
// writer types (the core's continueList), renumbering too with nos.renumberOnType.

import type { DocumentOnTypeFormattingOptions, TextEdit } from 'vscode-languageserver';
import { continueList, type Analysis, type Position } from '../core';
import type { Settings } from './settings';

export const ON_TYPE_FORMATTING: DocumentOnTypeFormattingOptions = { firstTriggerCharacter: '\n' };

export function onTypeEdits(analysis: Analysis, ch: unknown, position: Position, settings: Settings): TextEdit[] {
  if (ch !== '\n') return [];
  return continueList(analysis.doc, position, { renumber: settings.renumberOnType });
}
