// The framing of messages over stdio, checked before vscode-jsonrpc's reader sees it. That
// reader takes any Content-Length parseInt accepts: "-5" leaves its buffer in a state
// from which no later message is read, and a huge value makes it buffer everything that
// follows. Here a header must give a plain decimal length of at most MAX_MESSAGE_BYTES;
// any other header is reported, and reading resumes at the next Content-Length header,
// holding nothing meanwhile (the body of an honest oversized message is passed over too).

import { Transform, type TransformCallback } from 'node:stream';

/** Far above any draft (5,000,000 characters is at most 30 MB of escaped JSON). */
export const MAX_MESSAGE_BYTES = 64 * 1024 * 1024;
/** A header block longer than this is not a header. */
const MAX_HEADER_BYTES = 8 * 1024;
const HEADER_END = Buffer.from('\r\n\r\n');
const CONTENT_LENGTH = /^content-length$/i;
const NEXT_HEADER = Buffer.from('content-length:');

type State = { kind: 'header' } | { kind: 'body'; left: number } | { kind: 'resync' };

/** The length a header block gives, or why it gives none. */
function contentLength(header: string): number | string {
  let length: number | string = 'no Content-Length header';
  for (const line of header.split('\r\n')) {
    const colon = line.indexOf(':');
    if (colon < 0) return `malformed header line ${JSON.stringify(line.slice(0, 80))}`;
    if (!CONTENT_LENGTH.test(line.slice(0, colon).trim())) continue;
    const value = line.slice(colon + 1).trim();
    if (!/^\d{1,16}$/.test(value)) return `invalid Content-Length ${JSON.stringify(value.slice(0, 40))}`;
    length = Number(value);
  }
  return length;
}

/** Where `needle` starts in `haystack`, ignoring ASCII case, or -1. */
function indexOfIgnoringCase(haystack: Buffer, needle: Buffer): number {
  return Buffer.from(haystack.toString('latin1').toLowerCase(), 'latin1').indexOf(needle);
}

export class FramingGuard extends Transform {
  private state: State = { kind: 'header' };
  private pending = Buffer.alloc(0);

  constructor(private readonly report: (problem: string) => void) {
    super();
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    let data = this.pending.length ? Buffer.concat([this.pending, chunk]) : chunk;
    this.pending = Buffer.alloc(0);
    while (data.length) data = this.step(data);
    done();
  }

  /** Consumes the start of `data` in the current state; returns the rest. */
  private step(data: Buffer): Buffer {
    const state = this.state;
    if (state.kind === 'body') {
      const taken = Math.min(state.left, data.length);
      this.push(data.subarray(0, taken));
      state.left -= taken;
      if (state.left === 0) this.state = { kind: 'header' };
      return data.subarray(taken);
    }
    if (state.kind === 'resync') {
      const at = indexOfIgnoringCase(data, NEXT_HEADER);
      if (at >= 0) {
        this.state = { kind: 'header' };
        return data.subarray(at);
      }
      // Keep what could be the start of a header cut by the chunk boundary.
      this.pending = Buffer.from(data.subarray(Math.max(0, data.length - NEXT_HEADER.length + 1)));
      return Buffer.alloc(0);
    }
    const end = data.indexOf(HEADER_END);
    if (end < 0) {
      if (data.length > MAX_HEADER_BYTES) return this.refuse(`a header over ${MAX_HEADER_BYTES} bytes`, data);
      this.pending = Buffer.from(data);
      return Buffer.alloc(0);
    }
    if (end > MAX_HEADER_BYTES) return this.refuse(`a header over ${MAX_HEADER_BYTES} bytes`, data);
    const length = contentLength(data.subarray(0, end).toString('latin1'));
    if (typeof length === 'string') return this.refuse(length, data);
    if (length > MAX_MESSAGE_BYTES) return this.refuse(`Content-Length ${length}, over the limit of ${MAX_MESSAGE_BYTES} bytes`, data);
    const header = data.subarray(0, end + HEADER_END.length);
    this.push(header);
    this.state = length === 0 ? { kind: 'header' } : { kind: 'body', left: length };
    return data.subarray(header.length);
  }

  /** Reports a bad header and looks for the next one after its first byte: the next message may start within what looked like this header. */
  private refuse(problem: string, data: Buffer): Buffer {
    this.report(`ignored a message with ${problem}; reading on from the next Content-Length header`);
    this.state = { kind: 'resync' };
    return data.subarray(1);
  }
}
