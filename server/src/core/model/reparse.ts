// Incremental re-parsing: the model of a new version of a text from the model and
// parse state of an earlier one. Lines the versions share keep their classes, and
// sections before the first changed line are reused instead of rebuilt, as are those
// after the last one, moved by the lines added or removed (model/shift.ts).

import { reclassify, textChange } from './change';
import type { LineInfo } from './classify';
import { countVotes } from './language';
import { Builder, readFlattened, type ParseOptions, type Parsed } from './parse';

export function reparse(previous: Parsed, text: string, options: ParseOptions = {}): Parsed {
  const { doc, state } = previous;
  const { language } = options;
  const edit = textChange(doc.lines.text, text);
  if (!edit) {
    const chosen = language ?? doc.detectedLanguage ?? 'en';
    if (chosen === doc.language) return previous;
    // The same text in another language: its verbs tell sub-headings from wrapped lines (wrapped.ts).
    return readFlattened(new Builder(doc.lines, state.lineInfos as LineInfo[], state.languageVotes, options.expandHeadword).build(language), options);
  }
  const { lines, change } = doc.lines.edited(text, edit);
  const infos = reclassify(state.lineInfos, lines, change);
  // Votes of the unchanged lines stand; those of the changed ones are counted again.
  const votes = countVotes(state.lineInfos, change.first, change.oldEnd, { ...state.languageVotes }, -1);
  countVotes(infos, change.first, change.newEnd, votes);
  const builder = new Builder(lines, infos, votes, options.expandHeadword, { previous: state.footer, change });
  const parsed = builder.rebuild(doc, change, language) ?? builder.build(language);
  return readFlattened(parsed, options, { previous: doc, change });
}
