// The lifecycle LSP 3.17 gives a server, applied to messages as they arrive, before the
// connection dispatches them: before `initialize`, a request gets ServerNotInitialized
// (-32002) and a notification is dropped, `exit` excepted; after `shutdown`, a request gets
// InvalidRequest and a notification other than `exit` is dropped. A second `initialize`
// is an InvalidRequest too.

import {
  AbstractMessageReader,
  ErrorCodes,
  Message,
  type DataCallback,
  type Disposable,
  type MessageReader,
  type MessageWriter,
  type RequestMessage,
} from 'vscode-languageserver/node';

type Phase = 'new' | 'running' | 'shut down';

const REFUSALS: Record<Phase, { code: number; message: string }> = {
  new: { code: ErrorCodes.ServerNotInitialized, message: 'The server is not initialized: send "initialize" first.' },
  running: { code: ErrorCodes.InvalidRequest, message: 'The server is already initialized.' },
  'shut down': { code: ErrorCodes.InvalidRequest, message: 'The server is shut down: only "exit" is accepted.' },
};

/** A reader that passes on only the messages the current phase allows, and answers refused requests. */
export class LifecycleReader extends AbstractMessageReader {
  private phase: Phase = 'new';

  /** Whether `shutdown` has been received: an end after it is a clean one. */
  get shutDown(): boolean {
    return this.phase === 'shut down';
  }

  constructor(private readonly reader: MessageReader, private readonly writer: MessageWriter) {
    super();
    reader.onError((error) => this.fireError(error));
    reader.onClose(() => this.fireClose());
    reader.onPartialMessage((info) => this.firePartialMessage(info));
  }

  listen(callback: DataCallback): Disposable {
    return this.reader.listen((message) => {
      if (this.admit(message)) callback(message);
    });
  }

  override dispose(): void {
    super.dispose();
    this.reader.dispose();
  }

  private admit(message: Message): boolean {
    if (Message.isResponse(message)) return true;
    const method = (message as { method?: unknown }).method;
    if (Message.isNotification(message)) return method === 'exit' || this.phase === 'running';
    if (!Message.isRequest(message)) return true;
    const allowed = this.phase === 'new' ? method === 'initialize' : this.phase === 'running' && method !== 'initialize';
    if (allowed) {
      if (method === 'initialize') this.phase = 'running';
      if (method === 'shutdown') this.phase = 'shut down';
      return true;
    }
    this.refuse(message);
    return false;
  }

  private refuse(request: RequestMessage): void {
    void this.writer.write({ jsonrpc: '2.0', id: request.id, error: REFUSALS[this.phase] } as Message).catch(() => undefined);
  }
}
