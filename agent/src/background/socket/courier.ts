import type { ConnectionLimits } from '../../generated/wss-outgoing';
import type { DurableFrame, OutboxEntry } from '../storage/outbox';
import { TokenBucket } from './token-bucket';

/** Frames sent and not yet acked at once; more waits for acks (flow control). */
export const SEND_WINDOW = 64;
/** An inflight frame not acked after this long is resent (with everything after it). */
export const ACK_TIMEOUT_MS = 30_000;
const RETRY_PAUSE_MS = 1_000;
const DEFAULT_MAX_FRAME_BYTES = 1024 * 1024;

/** Codes for frames the gateway will never accept: retrying them would loop forever. */
const NEVER_ACCEPTED = new Set(['invalid_json', 'invalid_envelope', 'unknown_type', 'invalid_payload', 'forbidden', 'binary_not_supported']);

export interface CourierDeps {
  outbox: { after(seq: number, limit: number): Promise<OutboxEntry[]>; remove(id: string): Promise<boolean> };
  send(frame: object): boolean;
  now?: () => number;
  warn?: (message: string) => void;
}

const encoder = new TextEncoder();

/**
 * Delivers durable frames: the pending snapshot first, then the outbox in order, within a send
 * window and the gateway's rate limit. A frame leaves the outbox only on its `message_ack`; after a
 * reconnect, a retryable error or an ack timeout, everything unacked is resent in order (go-back-N:
 * duplicates are harmless downstream, gaps are not).
 */
export class Courier {
  private online = false;
  private inflight = new Map<string, number>();
  private cursor = 0;
  private snapshot: DurableFrame[] = [];
  private snapshotSent = 0;
  private bucket: TokenBucket;
  private maxFrameBytes = DEFAULT_MAX_FRAME_BYTES;
  private epoch = 0; // bumped by every rewind: a drain that awaited across one must start over
  private pumping = false;
  private again = false;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private readonly now: () => number;

  constructor(private readonly deps: CourierDeps) {
    this.now = deps.now ?? Date.now;
    this.bucket = new TokenBucket(1000, 1000, this.now);
  }

  get inflightCount(): number {
    return this.inflight.size;
  }

  connected(limits?: ConnectionLimits): void {
    // Stay a little under the gateway's limits so a burst never trips them.
    const rate = Math.max(1, Math.floor((limits?.rateLimitPerSecond ?? 1000) * 0.8));
    const burst = Math.max(1, Math.floor((limits?.rateLimitBurst ?? rate) * 0.8));
    this.bucket = new TokenBucket(rate, burst, this.now);
    this.maxFrameBytes = limits?.maxFrameBytes ?? DEFAULT_MAX_FRAME_BYTES;
    this.online = true;
    this.rewind();
    this.pump();
  }

  disconnected(): void {
    this.online = false;
    this.rewind();
  }

  /** Queues a snapshot's chunks ahead of the outbox (any older unfinished snapshot is replaced). */
  enqueueSnapshot(frames: DurableFrame[]): void {
    for (const old of this.snapshot) this.inflight.delete(old.id);
    this.snapshot = [...frames];
    this.snapshotSent = 0;
    this.pump();
  }

  get pendingSnapshotFrames(): number {
    return this.snapshot.length;
  }

  async ack(id: string): Promise<void> {
    this.inflight.delete(id);
    const index = this.snapshot.findIndex((f) => f.id === id);
    if (index >= 0) {
      this.snapshot.splice(index, 1);
      if (index < this.snapshotSent) this.snapshotSent--;
    } else {
      await this.deps.outbox.remove(id);
    }
    this.pump();
  }

  /** A `system_error` about one of our frames. */
  async rejected(id: string, code: string): Promise<void> {
    if (!this.inflight.has(id) && !this.snapshot.some((f) => f.id === id)) return;
    if (NEVER_ACCEPTED.has(code)) {
      this.deps.warn?.(`gateway refused frame ${id} (${code}); dropped`);
      await this.ack(id);
      return;
    }
    this.pauseAndRewind(RETRY_PAUSE_MS);
  }

  /** Called periodically: resend when the gateway went silent about an inflight frame. */
  checkTimeouts(): void {
    const oldest = Math.min(...this.inflight.values());
    if (this.online && this.inflight.size > 0 && this.now() - oldest > ACK_TIMEOUT_MS) this.pauseAndRewind(0);
  }

  pump(): void {
    if (this.pumping) {
      this.again = true;
      return;
    }
    this.pumping = true;
    void (async () => {
      try {
        do {
          this.again = false;
          await this.drain();
        } while (this.again);
      } catch (error) {
        this.deps.warn?.(`send loop failed: ${String(error)}`);
      } finally {
        this.pumping = false;
      }
    })();
  }

  private async drain(): Promise<void> {
    while (this.online && !this.timer && this.inflight.size < SEND_WINDOW) {
      const next = this.snapshot[this.snapshotSent];
      if (next) {
        if (!this.transmit(next)) return;
        this.snapshotSent++;
        continue;
      }
      const epoch = this.epoch;
      const entries = await this.deps.outbox.after(this.cursor, SEND_WINDOW - this.inflight.size);
      if (epoch !== this.epoch) {
        this.again = true;
        return;
      }
      if (entries.length === 0 || !this.online) return;
      for (const entry of entries) {
        if (this.timer || this.inflight.size >= SEND_WINDOW || epoch !== this.epoch) return;
        if (this.tooLarge(entry.frame)) {
          this.deps.warn?.(`frame ${entry.id} exceeds the gateway's frame limit; dropped`);
          await this.deps.outbox.remove(entry.id);
          if (epoch !== this.epoch) return;
        } else if (!this.transmit(entry.frame)) return;
        this.cursor = entry.seq;
      }
    }
  }

  /** Sends one frame if the rate limit allows; otherwise schedules the next pump. */
  private transmit(frame: DurableFrame): boolean {
    if (!this.bucket.take()) {
      this.schedule(this.bucket.waitMs());
      return false;
    }
    if (!this.deps.send(frame)) return false;
    this.inflight.set(frame.id, this.now());
    return true;
  }

  private tooLarge(frame: DurableFrame): boolean {
    return encoder.encode(JSON.stringify(frame)).length > this.maxFrameBytes;
  }

  private pauseAndRewind(ms: number): void {
    this.rewind();
    this.schedule(ms);
  }

  private rewind(): void {
    this.epoch++;
    this.inflight.clear();
    this.cursor = 0;
    this.snapshotSent = 0;
  }

  private schedule(ms: number): void {
    if (this.timer) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      this.pump();
    }, Math.max(0, ms));
  }
}
