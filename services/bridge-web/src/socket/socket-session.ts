import type { IncomingWssMessage } from '../generated/wss-incoming';
import type { OutgoingWssMessage } from '../generated/wss-outgoing';

export interface SocketSessionOptions {
  /** Writes one frame on the open socket. */
  transmit: (text: string) => void;
  /** Closes the current socket so the transport reconnects (pong timeout). */
  forceReconnect: (reason: string) => void;
  heartbeatMs?: number;
  pongTimeoutMs?: number;
  /** How long after (re)connecting to wait for the automatic snapshot before asking for one. */
  snapshotWaitMs?: number;
  maxQueuedFrames?: number;
  now?: () => number;
}

/**
 * The protocol side of the one socket, free of React: heartbeat and pong timeout, the bounded
 * queue of frames sent while disconnected, topics resubscribed after a reconnect, and asking for a
 * fresh snapshot when the gateway says to resynchronise.
 */
export class SocketSession {
  private readonly topics = new Set<string>();
  private readonly queue: IncomingWssMessage[] = [];
  private open = false;
  private heartbeatTimer: ReturnType<typeof setInterval> | undefined;
  private pongTimer: ReturnType<typeof setTimeout> | undefined;
  private snapshotTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly heartbeatMs: number;
  private readonly pongTimeoutMs: number;
  private readonly snapshotWaitMs: number;
  private readonly maxQueuedFrames: number;
  private readonly now: () => number;
  dropped = 0;

  constructor(private readonly options: SocketSessionOptions) {
    this.heartbeatMs = options.heartbeatMs ?? 30_000;
    this.pongTimeoutMs = options.pongTimeoutMs ?? 5_000;
    this.snapshotWaitMs = options.snapshotWaitMs ?? 10_000;
    this.maxQueuedFrames = options.maxQueuedFrames ?? 100;
    this.now = options.now ?? Date.now;
  }

  get isOpen(): boolean {
    return this.open;
  }

  get queuedFrames(): readonly IncomingWssMessage[] {
    return this.queue;
  }

  get subscribedTopics(): readonly string[] {
    return [...this.topics];
  }

  opened(): void {
    this.open = true;
    for (const topic of this.topics) this.write({ type: 'subscribe', payload: { topic } });
    for (const frame of this.queue.splice(0)) this.write(frame);
    this.heartbeatTimer = setInterval(() => this.ping(), this.heartbeatMs);
    // The gateway pushes a snapshot to every new dashboard connection; ask only if it never comes.
    this.snapshotTimer = setTimeout(() => this.requestSnapshot(), this.snapshotWaitMs);
  }

  closed(): void {
    this.open = false;
    clearInterval(this.heartbeatTimer);
    clearTimeout(this.pongTimer);
    clearTimeout(this.snapshotTimer);
    this.heartbeatTimer = this.pongTimer = this.snapshotTimer = undefined;
  }

  /** Looks at every inbound frame for the few that concern the connection itself. */
  received(frame: OutgoingWssMessage): void {
    if (frame.type === 'pong') {
      clearTimeout(this.pongTimer);
      this.pongTimer = undefined;
    } else if (frame.type === 'full_sync_response') {
      clearTimeout(this.snapshotTimer);
      this.snapshotTimer = undefined;
    } else if (frame.type === 'system_status' && frame.payload.status === 'RESYNC_REQUIRED') {
      this.requestSnapshot();
    }
  }

  /** Sends now when open; otherwise queues (bounded: the oldest frame goes first). */
  send(frame: IncomingWssMessage): void {
    if (this.open) {
      this.write(frame);
      return;
    }
    this.queue.push(frame);
    while (this.queue.length > this.maxQueuedFrames) {
      this.queue.shift();
      this.dropped++;
    }
  }

  subscribe(topic: string): void {
    if (this.topics.has(topic)) return;
    this.topics.add(topic);
    if (this.open) this.write({ type: 'subscribe', payload: { topic } });
  }

  unsubscribe(topic: string): void {
    if (!this.topics.delete(topic)) return;
    if (this.open) this.write({ type: 'unsubscribe', payload: { topic } });
  }

  requestSnapshot(): void {
    clearTimeout(this.snapshotTimer);
    this.snapshotTimer = undefined;
    this.send({ type: 'sync_request', payload: {} });
  }

  dispose(): void {
    this.closed();
  }

  private ping(): void {
    this.write({ type: 'ping', payload: { clientTime: this.now() } });
    if (this.pongTimer !== undefined) return;
    this.pongTimer = setTimeout(() => {
      this.pongTimer = undefined;
      this.options.forceReconnect('no pong within timeout');
    }, this.pongTimeoutMs);
  }

  private write(frame: IncomingWssMessage): void {
    this.options.transmit(JSON.stringify(frame));
  }
}
