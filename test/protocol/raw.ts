// The bundled server driven byte by byte over stdio, for what a well-behaved client never
// sends: requests out of the lifecycle, hostile ids, broken headers.

import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { SERVER } from './client';

export interface Reply {
  id: unknown;
  result?: unknown;
  error?: { code: number; message: string };
}

export function frame(message: unknown): Buffer {
  const body = Buffer.from(JSON.stringify(message), 'utf8');
  return Buffer.concat([Buffer.from(`Content-Length: ${body.length}\r\n\r\n`, 'ascii'), body]);
}

export class RawServer {
  readonly process: ChildProcess;
  readonly stderr: string[] = [];
  private buffer = Buffer.alloc(0);
  private readonly waiting = new Map<string, (reply: Reply) => void>();
  private readonly replies = new Map<string, Reply>();
  private nextId = 1;

  constructor() {
    this.process = spawn(process.execPath, [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    this.process.stdout!.on('data', (chunk: Buffer) => this.read(chunk));
    this.process.stderr!.on('data', (chunk: Buffer) => this.stderr.push(chunk.toString('utf8')));
    // A server that has exited no longer reads: later writes fail, and the test says so.
    this.process.stdin!.on('error', () => undefined);
  }

  write(bytes: Buffer | string): Promise<void> {
    return new Promise((resolve, reject) => this.process.stdin!.write(bytes, (error) => (error ? reject(error) : resolve())));
  }

  notify(method: string, params: unknown = {}): Promise<void> {
    return this.write(frame({ jsonrpc: '2.0', method, params }));
  }

  /** Sends a request (with the given id, or the next number) and waits for the reply to that id. */
  async request(method: string, params: unknown = {}, id: unknown = this.nextId++): Promise<Reply> {
    const reply = this.replyTo(id);
    await this.write(frame({ jsonrpc: '2.0', id, method, params }));
    return reply;
  }

  /** The reply to the request with this id, sent or to be sent. */
  replyTo(id: unknown): Promise<Reply> {
    const key = JSON.stringify(id);
    return new Promise<Reply>((resolve) => {
      const ready = this.replies.get(key);
      if (ready) resolve(ready);
      else this.waiting.set(key, resolve);
    });
  }

  initialize(): Promise<Reply> {
    return this.request('initialize', { processId: null, rootUri: null, capabilities: {} }).then(async (reply) => {
      await this.notify('initialized');
      return reply;
    });
  }

  /** The peak resident memory of the server (Linux), in MB. */
  peakMegabytes(): number {
    const status = readFileSync(`/proc/${this.process.pid}/status`, 'utf8');
    return Number(/VmHWM:\s*(\d+) kB/.exec(status)![1]) / 1024;
  }

  exited(): Promise<number | null> {
    if (this.process.exitCode !== null) return Promise.resolve(this.process.exitCode);
    return new Promise((resolve) => this.process.once('exit', (code) => resolve(code)));
  }

  kill(): void {
    this.process.kill();
  }

  private read(chunk: Buffer): void {
    this.buffer = Buffer.concat([this.buffer, chunk]);
    for (;;) {
      const end = this.buffer.indexOf('\r\n\r\n');
      if (end < 0) return;
      const length = Number(/Content-Length: (\d+)/i.exec(this.buffer.subarray(0, end).toString('ascii'))![1]);
      if (this.buffer.length < end + 4 + length) return;
      const message = JSON.parse(this.buffer.subarray(end + 4, end + 4 + length).toString('utf8')) as Reply & { method?: string };
      this.buffer = this.buffer.subarray(end + 4 + length);
      if (message.method !== undefined) continue;
      const key = JSON.stringify(message.id);
      const waiter = this.waiting.get(key);
      this.waiting.delete(key);
      if (waiter) waiter(message);
      else this.replies.set(key, message);
    }
  }
}
