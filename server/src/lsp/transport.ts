// Over stdio, the server writes messages with its own JSON encoder: a diagnostics
// report repeats, after most edits, nearly all the diagnostics of the one before, and
// each diagnostic (the same object for the same finding) is encoded only once. What it
// reads passes the framing checks first, then the lifecycle's.

import {
  StreamMessageReader,
  StreamMessageWriter,
  type Message,
  type MessageReader,
  type MessageWriter,
} from 'vscode-languageserver/node';
import { remember, remembered } from '../core';
import { FramingGuard } from './framing';
import { LifecycleReader } from './lifecycle';

const ENCODED = Symbol('encoded');
const COMMA = Buffer.from(',');

function encodeItem(item: object): Buffer {
  return remembered<Buffer>(item, ENCODED) ?? remember(item, ENCODED, Buffer.from(JSON.stringify(item), 'utf8'));
}

/** JSON of an object with one more member written after the others: `{…,"name":` + value + `}`. */
function withLast(object: object, name: string): [string, string] {
  const json = JSON.stringify(object);
  return [`${json.slice(0, -1)}${json === '{}' ? '' : ','}${JSON.stringify(name)}:`, '}'];
}

/**
 * UTF-8 JSON of a message; the items of a report are copied from the cache. The report is
 * put together around its items rather than spliced in at a marker, which a request id or
 * any other string could imitate: `result` and `items` come last, the rest as JSON.stringify writes it.
 */
export function encodeMessage(message: Message): Buffer {
  const { result, ...rest } = message as { result?: { items?: unknown } };
  if (!result || !Array.isArray(result.items)) return Buffer.from(JSON.stringify(message), 'utf8');
  const { items, ...others } = result as { items: object[] };
  const [messageHead, messageTail] = withLast(rest, 'result');
  const [resultHead, resultTail] = withLast(others, 'items');
  const parts: Buffer[] = [Buffer.from(`${messageHead}${resultHead}[`, 'utf8')];
  items.forEach((item, i) => {
    if (i > 0) parts.push(COMMA);
    parts.push(encodeItem(item));
  });
  parts.push(Buffer.from(`]${resultTail}${messageTail}`, 'utf8'));
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
  const framed = process.stdin.pipe(new FramingGuard((problem) => process.stderr.write(`nos-author: ${problem}\n`)));
  return [new LifecycleReader(new StreamMessageReader(framed), writer), writer];
}
