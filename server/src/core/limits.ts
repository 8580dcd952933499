// Texts longer than this (in UTF-16 code units) are not analysed by default, so a
// pasted log or a binary file opened by mistake cannot stall the editor or the CLI.
export const MAX_CHARACTERS = 5_000_000;
