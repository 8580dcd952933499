// The Word conversions, bundled on their own (dist/word.js) so that the editor loads
// mammoth and docx only when a writer imports or exports a Word document.

export { parse } from '../core';
export { exportDocx } from './export';
export { importDocx } from './import';
export { WORD } from './messages';
export { WordError } from './package';
