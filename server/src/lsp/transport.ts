// Over stdio, the server writes messages with its own JSON encoder: a diagnostics
// report repeats, after most edits, nearly all the diagnostics of the one before, and
// each diagnostic (the same object for the same finding) is encoded only once.

import {
  StreamMessageReader,
  StreamMessageWriter,
  type Message,
  type MessageReader,
  type MessageWriter,
} from 'vscode-languageserver/node';
import { remember, remembered } from '../core';

const ENCODED = Symbol('encoded');
/** Stands for the items in the encoded report; JSON escapes the NULs, as here. */
const PLACEHOLDER = '\u0000items\u0000';
const ITEMS = JSON.stringify(PLACEHOLDER);
const COMMA = Buffer.from(',');

function encodeItem(item: object): Buffer {
  return remembered<Buffer>(item, ENCODED) ?? remember(item, ENCODED, Buffer.from(JSON.stringify(item), 'utf8'));
}

/** UTF-8 JSON of a message; the items of a report are copied from the cache. */
export function encodeMessage(message: Message): Buffer {
  const result = (message as { result?: { items?: unknown } }).result;
  if (!result || !Array.isArray(result.items)) return Buffer.from(JSON.stringify(message), 'utf8');
  const shell = JSON.stringify({ ...message, result: { ...result, items: PLACEHOLDER } });
  const at = shell.indexOf(ITEMS);
  const parts: Buffer[] = [Buffer.from(shell.slice(0, at) + '[', 'utf8')];
  (result.items as object[]).forEach((item, i) => {
    if (i > 0) parts.push(COMMA);
    parts.push(encodeItem(item));
  });
  parts.push(Buffer.from(']' + shell.slice(at + ITEMS.length), 'utf8'));
  return Buffer.concat(parts);
}

/** Reader and writer for `--stdio`, or null for the other transports. */
export function stdioTransport(): [MessageReader, MessageWriter] | null {
  if (!process.argv.includes('--stdio')) return null;
  // The encoder writes UTF-8, the charset LSP requires.
  const writer = new StreamMessageWriter(process.stdout, {
    charset: 'utf-8',
    contentTypeEncoder: {
      name: 'application/json',
      encode: (message) => Promise.resolve(encodeMessage(message)),
    },
  });
  return [new StreamMessageReader(process.stdin), writer];
}
