import type { OutgoingWssMessage } from '../generated/wss-outgoing';

/**
 * Collects frames for one short window and hands them over together, so a burst of deltas costs one
 * store update and one render instead of one per frame.
 */
export class FrameBatcher {
  private buffer: OutgoingWssMessage[] = [];
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly flushTo: (frames: OutgoingWssMessage[]) => void, private readonly windowMs = 16) {}

  push(frame: OutgoingWssMessage): void {
    this.buffer.push(frame);
    this.timer ??= setTimeout(() => this.flush(), this.windowMs);
  }

  flush(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    if (this.buffer.length === 0) return;
    const frames = this.buffer;
    this.buffer = [];
    this.flushTo(frames);
  }
}

/** Parses one text frame; anything that is not a `{type, payload}` object is dropped. */
export function parseFrame(data: unknown): OutgoingWssMessage | null {
  if (typeof data !== 'string') return null;
  try {
    const value = JSON.parse(data) as unknown;
    if (typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string') {
      return value as OutgoingWssMessage;
    }
  } catch {
    // A malformed frame is the server's bug; the connection stays useful.
  }
  return null;
}
