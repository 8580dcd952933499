// Public surface of the analysis core, shared by the language server, the CLI and
// the tests. Nothing here knows about LSP or VS Code.

export { analyse, analyseDocument, type AnalyseOptions, type Analysis } from './analyse';
export { FIELDS, SECTIONS, fieldSpec, sectionSpec, type FieldId, type SectionId } from './catalogue';
export { completionsAt, type CompletionSpec, type Completions } from './features/completion';
export { hoverAt, type HoverResult } from './features/hover';
export { outline, type OutlineKind, type OutlineNode } from './features/outline';
export { applyEdits } from './fixes/applyEdits';
export { remember, remembered } from './memo';
export { fixAll, groupFix, ruleFix, type CombinedFix } from './fixes/fixAll';
export { reflowEdits } from './fixes/reflow';
export { parse } from './model/parse';
export type * from './model/types';
export { RULES, ruleById } from './rules';
export * from './types';
