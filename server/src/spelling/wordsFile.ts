// The workspace's words file: words the team accepts, one a line, shared through version
// control and read by the editor (through the client) and by `nos check`.

export const WORDS_FILE_NAME = '.nos-words.txt';

/** Its words, lower-case; blank lines and lines starting with # are skipped. */
export function parseWords(text: string): string[] {
  return text.split(/\r?\n/).map((line) => line.trim()).filter((line) => line && !line.startsWith('#')).map((w) => w.toLowerCase());
}
