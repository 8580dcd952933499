// Text from drafts and file names, made safe to print on a terminal: control characters
// (C0, DEL, C1: escape sequences that clear the screen, retitle the window or write the
// clipboard) and the bidirectional controls that reorder what is shown are written as
// visible escapes, \x1B or \u202E, so that what reaches the terminal is only text.

const UNPRINTABLE = /[\u0000-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

function escape(character: string): string {
  const code = character.charCodeAt(0);
  const hex = code.toString(16).toUpperCase();
  return code < 0x100 ? `\\x${hex.padStart(2, '0')}` : `\\u${hex.padStart(4, '0')}`;
}

/** `text` with every control character escaped. */
export function printable(text: string): string {
  return text.replace(UNPRINTABLE, escape);
}
