// The same text as writers' tools save it: CRLF line breaks, a BOM, curly apostrophes.

export const crlf = (text: string): string => text.replace(/\r?\n/g, '\r\n');
export const bom = (text: string): string => '\ufeff' + text;
export const curly = (text: string): string => text.replace(/'/g, '\u2019');

export const VARIANTS: Record<string, (text: string) => string> = {
  lf: (text) => text,
  crlf,
  'bom+crlf': (text) => bom(crlf(text)),
  curly,
};
