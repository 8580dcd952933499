// The rule registry: one line per rule. Adding a rule: write rules/<id>.ts, export it
// here, test it in test/unit/rules/<id>.test.ts, then run `npm run generate`.

export { brokenItem } from './broken-item';
export { criteriaNumbering } from './criteria-numbering';
export { emptyDocument } from './empty-document';
export { emptySection } from './empty-section';
export { fileTooLarge } from './file-too-large';
export { flattenedText } from './flattened-text';
export { headingTypo } from './heading-typo';
export { invisibleCharacter } from './invisible-character';
export { itemPunctuation } from './item-punctuation';
export { leadIn } from './lead-in';
export { missingSection } from './missing-section';
export { missingTitle } from './missing-title';
export { mixedLanguage } from './mixed-language';
export { orphanGlossaryTerm } from './orphan-glossary-term';
export { metadataDate } from './metadata-date';
export { urnFormat } from './urn-format';
export { socCode } from './soc-code';
export { metadataValue } from './metadata-value';
export { placeholderText } from './placeholder-text';
export { secondPerson } from './second-person';
export { observableCriterion } from './observable-criterion';
export { titleStyle } from './title-style';
export { glossaryEntry } from './glossary-entry';
export { criterionVerb } from './criterion-verb';
export { pageNoise } from './page-noise';
export { sectionOrderRule } from './section-order';
export { strayMarkup } from './stray-markup';
export { subheadingMismatch } from './subheading-mismatch';
export { unnumberedItem } from './unnumbered-item';
export { welshMutation } from './welsh-mutation';
export { spelling } from './spelling';
export { duplicateUrn } from '../suite/duplicate-urn';
export { unknownLink } from '../suite/unknown-link';
export { duplicateTitle } from '../suite/duplicate-title';
export { pairAlignment } from '../suite/pair-alignment';
