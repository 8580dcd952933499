// Limits shared by the editor and the command line.

/** Drafts with more characters than this are not analysed (nos.maxFileSize's default). */
export const DEFAULT_MAX_FILE_SIZE = 5_000_000;
