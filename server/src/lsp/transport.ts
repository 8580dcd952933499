// Over stdio, the server writes messages with its own JSON encoder: a diagnostics
// report repeats, after most edits, nearly all the diagnostics of the one before, and
// an outline nearly all the symbols of the one before, each the same object for the
// same part of the document. Each such object is encoded once, its encoding kept on it.
// What it reads passes the framing checks first, then the lifecycle's.

import { PassThrough } from 'node:stream';
import {
  AbstractMessageWriter,
  createMessageConnection,
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
/** The longest the start-up exchange (warmUpConnection) may hold up reading the client's messages. */
const WARM_UP_MS = 500;

/** JSON of an object with one more member written after the others: `{…,"name":` + value + `}`. */
function withLast(object: object, name: string): [string, string] {
  const json = JSON.stringify(object);
  return [`${json.slice(0, -1)}${json === '{}' ? '' : ','}${JSON.stringify(name)}:`, '}'];
}

/** `head` + the elements of `list`, comma-separated, in brackets + `tail`. */
function listBetween(head: string, list: unknown[], tail: string): Buffer {
  const parts: Buffer[] = [Buffer.from(`${head}[`, 'utf8')];
  list.forEach((element, i) => {
    if (i > 0) parts.push(COMMA);
    parts.push(encodeElement(element));
  });
  parts.push(Buffer.from(`]${tail}`, 'utf8'));
  return Buffer.concat(parts);
}

/** JSON of an object whose array member `name` is written element by element. */
function withList(object: Record<string, unknown>, name: string): Buffer {
  const { [name]: list, ...rest } = object;
  const [head, tail] = withLast(rest, name);
  return listBetween(head, list as unknown[], tail);
}

/**
 * JSON of an element of a result list, remembered on it: results are built from the
 * analysis, never changed once sent. An outline symbol's children are encoded the same way.
 */
function encodeElement(element: unknown): Buffer {
  if (typeof element !== 'object' || element === null) return Buffer.from(JSON.stringify(element) ?? 'null', 'utf8');
  const cached = remembered<Buffer>(element, ENCODED);
  if (cached) return cached;
  const children = (element as { children?: unknown }).children;
  const json = Array.isArray(children) ? withList(element as Record<string, unknown>, 'children') : Buffer.from(JSON.stringify(element), 'utf8');
  return remember(element, ENCODED, json);
}

/**
 * UTF-8 JSON of a message. A result that is a list (outline symbols), or has one as its
 * `items` (diagnostics reports), has its elements copied from their cached encodings. The
 * message is put together around them rather than spliced at a marker, which a request id
 * or any other string could imitate: `result` and `items` come last, the rest as
 * JSON.stringify writes it.
 */
export function encodeMessage(message: Message): Buffer {
  const { result, ...rest } = message as { result?: unknown };
  const [messageHead, messageTail] = withLast(rest, 'result');
  if (Array.isArray(result)) return listBetween(messageHead, result, messageTail);
  if (!result || typeof result !== 'object' || !Array.isArray((result as { items?: unknown }).items)) {
    return Buffer.from(JSON.stringify(message), 'utf8');
  }
  const { items, ...others } = result as { items: unknown[] };
  const [resultHead, resultTail] = withLast(others, 'items');
  return listBetween(`${messageHead}${resultHead}`, items, `${resultTail}${messageTail}`);
}

/**
 * Writes each message as soon as it is sent, its header and body in one system call. The
 * library's writer waits a turn of the event loop before each message, behind whatever
 * else is queued, and writes the header and the body apart. Calls come in the order the
 * messages are sent, and so do the writes.
 */
class ImmediateMessageWriter extends AbstractMessageWriter implements MessageWriter {
  private errors = 0;

  constructor(private readonly stream: NodeJS.WriteStream) {
    super();
    stream.on('error', (error: Error) => this.fireError(error));
    stream.on('close', () => this.fireClose());
  }

  write(message: Message): Promise<void> {
    // UTF-8, the charset LSP requires; the length counts its bytes.
    const body = encodeMessage(message);
    return new Promise((resolve, reject) => {
      const written = (error?: Error | null) => {
        if (!error) {
          this.errors = 0;
          return resolve();
        }
        this.fireError(error, message, ++this.errors);
        reject(error);
      };
      // Corked, the two chunks leave in one write.
      this.stream.cork();
      this.stream.write(`Content-Length: ${body.length}\r\n\r\n`, 'ascii');
      this.stream.write(body, written);
      this.stream.uncork();
    });
  }

  end(): void {
    this.stream.end();
  }
}

/**
 * Encodes a message of each shape once, at start-up: a request, a list result (outline
 * symbols) and a diagnostics report. The first document's report is then written by
 * compiled code, not code V8 compiles as it goes (about a millisecond).
 */
function warmUpEncoding(): void {
  const range = { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } };
  encodeMessage({ jsonrpc: '2.0', id: 0, method: 'workspace/configuration', params: { items: [{ section: 'nos' }] } } as Message);
  encodeMessage({ jsonrpc: '2.0', id: 0, result: [{ name: 'x', kind: 2, range, selectionRange: range, children: [{ name: 'y', kind: 22, range, selectionRange: range }] }] } as Message);
  encodeMessage({ jsonrpc: '2.0', id: 0, result: { kind: 'full', resultId: '0', items: [{ range, severity: 2, code: 'x', source: 'nos', message: 'x' }] } } as Message);
}

/** A reader of the framed messages written to `framed`, refused by the lifecycle's rules before they are dispatched. */
function framedReader(framed: FramingGuard, writer: MessageWriter): LifecycleReader {
  return new LifecycleReader(new StreamMessageReader(framed), writer);
}

/** Reader and writer for `--stdio`, or null for the other transports. */
export function stdioTransport(): [MessageReader, MessageWriter] | null {
  if (!process.argv.includes('--stdio')) return null;
  warmUpEncoding();
  const writer = new ImmediateMessageWriter(process.stdout);
  const framed = new FramingGuard((problem) => process.stderr.write(`nos-author: ${problem}\n`));
  const reader = framedReader(framed, writer);
  // The client's messages are read once the exchange is over (a few milliseconds; at most
  // WARM_UP_MS), so that none waits behind it.
  let reading = false;
  const read = () => {
    if (reading) return;
    reading = true;
    process.stdin.pipe(framed);
  };
  setTimeout(read, WARM_UP_MS).unref();
  void warmUpConnection().finally(read);
  // The client closed its end: nothing more can come, so the server ends, as LSP asks
  // of an `exit` (status 0 after `shutdown`, else 1) and as the library's own stdio does.
  process.stdin.on('end', () => process.exit(reader.shutDown ? 0 : 1));
  return [reader, writer];
}

/**
 * A short exchange at start-up between two connections over streams in memory, through
 * the same reader and writer as stdio: a request each way and a notification. The first
 * request the server sends (a document's settings, when it opens) and the first answers
 * it reads are then handled by compiled code.
 */
function warmUpConnection(): Promise<void> {
  const toServer = new PassThrough();
  const toClient = new PassThrough();
  const serverWriter = new ImmediateMessageWriter(toClient as unknown as NodeJS.WriteStream);
  const server = createMessageConnection(framedReader(toServer.pipe(new FramingGuard(() => undefined)), serverWriter), serverWriter);
  const client = createMessageConnection(new StreamMessageReader(toClient), new StreamMessageWriter(toServer));
  server.onRequest('initialize', () => ({ capabilities: {} }));
  server.onRequest('textDocument/diagnostic', () => ({ kind: 'full', items: [] }));
  server.onNotification('textDocument/didOpen', () => undefined);
  client.onRequest('workspace/configuration', (params: { items: unknown[] }) => params.items.map(() => ({})));
  server.listen();
  client.listen();
  const textDocument = { uri: 'untitled:warm-up', languageId: 'nos', version: 1, text: '' };
  return (async () => {
    await client.sendRequest('initialize', { capabilities: {} });
    for (let i = 0; i < 3; i++) {
      await client.sendNotification('textDocument/didOpen', { textDocument });
      await server.sendRequest('workspace/configuration', { items: [{ scopeUri: textDocument.uri, section: 'nos' }] });
      await client.sendRequest('textDocument/diagnostic', { textDocument });
    }
  })()
    .catch(() => undefined)
    .finally(() => {
      server.dispose();
      client.dispose();
      toServer.destroy();
      toClient.destroy();
    });
}
