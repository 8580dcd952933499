// Public surface of the analysis core, shared by the language server, the CLI and
// the tests. Nothing here knows about LSP or VS Code.

export { analyseDocument, oversize, type AnalyseOptions, type Analysis } from './analyse';
export { languageFor, languageOfName } from './fileLanguage';
export { FIELDS, SECTIONS, fieldSpec, sectionSpec, type FieldId, type SectionId } from './catalogue';
export { completionsAt, type CompletionSpec, type Completions } from './features/completion';
export { continueList, type ContinuationOptions } from './features/listContinuation';
export { looksLikeNos } from './features/looksLikeNos';
export { hoverAt, type HoverResult } from './features/hover';
export { outline, type OutlineKind, type OutlineNode } from './features/outline';
export { foldingRanges, type Fold } from './features/folding';
export { prepareTermRename, renameTerm, type RenamePlace, type RenameRefusal } from './features/rename';
export { selectionRanges } from './features/selection';
export { termAt, termDefinition, termReferences, type TermAt, type TermReferences } from './features/terms';
export { applyEdits } from './fixes/applyEdits';
export { MAX_CHARACTERS } from './limits';
export { remember, remembered } from './memo';
export { fixAll, groupFix, ruleFix, type CombinedFix } from './fixes/fixAll';
export { reflowEdits } from './fixes/reflow';
export { REFLOW_TITLE } from './rules/flattened-text';
export { unwrapped } from './rules/spans';
export { parse } from './model/parse';
export type * from './model/types';
export { DOCUMENT_RULES, RULES, SUITE_RULES, isRuleId, isSuiteRule, ruleById, ruleDocsPath, type AnyRule, type AnySuiteRule, type DocumentRule, type RuleId } from './rules';
export { checkSuite } from './suite/check';
export { summarise, type FileSummary } from './suite/summary';
export { defineSuiteRule, type SuiteDocument, type SuiteFinding, type SuiteRelated, type SuiteReport, type SuiteRule } from './suite/types';
export type { BooleanOption, Fixable } from './rules/rule';
export type { RuleSetting, RuleSettings } from './ruleSettings';
export { analyse, createNosService, type DocumentAnalysis, type NosService, type ServiceOptions } from './service';
export { lineWords, type WordPart, type WordToken } from './spelling/tokens';
export type { SpellingContext, SpellingLookup } from './spelling/lookup';
export { radicalCandidates } from './welsh/mutations';
export { warmUp } from './warmUp';
export * from './types';
