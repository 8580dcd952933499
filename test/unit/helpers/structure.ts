// The rules of the structural and language checks (format rules S3, S6, S7, S9, S10,
// S12-S14, S24-S27), whose findings on the drafts the seed-defect test lists.
export const STRUCTURE_RULES: ReadonlySet<string> = new Set([
  'lead-in',
  'unnumbered-item',
  'stray-markup',
  'invisible-character',
  'broken-item',
  'heading-typo',
  'mixed-language',
  'subheading-mismatch',
  'item-punctuation',
  'welsh-mutation',
  'section-order',
  'page-noise',
]);
