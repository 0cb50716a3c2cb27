/**
 * The channel between pdfjs's two halves when both run in this thread. pdfjs's own stand-in for a worker
 * deep-copies every message with structuredClone, as a real worker boundary would; its operator lists are
 * arrays of many small objects (one per glyph), and copying them was ~15% of reading a resume. Here an
 * operator-list chunk is passed by reference instead: the worker half empties the two arrays it sent (so
 * they are copied, shallowly) but never changes an operation's arguments again. Every other message is still
 * deep-copied, so nothing else depends on how pdfjs builds its messages.
 */

type Listener = (event: { data: unknown }) => void;
type TransferList = NonNullable<Parameters<typeof structuredClone>[1]>["transfer"];

interface OperatorChunk {
  fnArray: unknown[];
  argsArray: unknown[];
}

const isOperatorChunk = (chunk: unknown): chunk is OperatorChunk =>
  Array.isArray((chunk as Partial<OperatorChunk> | null)?.fnArray) &&
  Array.isArray((chunk as Partial<OperatorChunk> | null)?.argsArray);

function copyMessage(message: unknown, transfer: TransferList): unknown {
  const chunk = (message as { chunk?: unknown } | null)?.chunk;
  if (isOperatorChunk(chunk)) {
    return {
      ...(message as object),
      chunk: { ...chunk, fnArray: chunk.fnArray.slice(), argsArray: chunk.argsArray.slice() },
    };
  }
  return structuredClone(message, transfer ? { transfer } : undefined);
}

/** One end of the channel: what pdfjs expects of a Worker (postMessage, message listeners, terminate). */
export class InThreadPort {
  private readonly listeners = new Set<Listener>();
  private peer: InThreadPort | undefined;

  /** The two connected ends: one for the API half, one for the worker half. */
  static pair(): [InThreadPort, InThreadPort] {
    const api = new InThreadPort();
    const worker = new InThreadPort();
    api.peer = worker;
    worker.peer = api;
    return [api, worker];
  }

  postMessage(message: unknown, transfer?: TransferList): void {
    const event = { data: copyMessage(message, transfer) };
    const receiver = this.peer!;
    // Delivered later, as a worker's messages are: senders rely on finishing their turn first.
    queueMicrotask(() => {
      for (const listener of receiver.listeners) listener.call(receiver, event);
    });
  }

  addEventListener(type: string, listener: Listener, options?: { signal?: AbortSignal }): void {
    if (type !== "message" || options?.signal?.aborted) return;
    this.listeners.add(listener);
    options?.signal?.addEventListener("abort", () => this.listeners.delete(listener), { once: true });
  }

  removeEventListener(type: string, listener: Listener): void {
    if (type === "message") this.listeners.delete(listener);
  }

  terminate(): void {
    this.listeners.clear();
  }
}
