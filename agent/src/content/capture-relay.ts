import { isRecord, type RawCapturedEvent } from '../shared/raw-event';

const RETRY_FIRST_MS = 50;
const RETRY_CAP_MS = 2_000;

export interface CaptureRelayDeps {
  /** `chrome.runtime.sendMessage` of a `captured` request. */
  send(event: RawCapturedEvent): Promise<unknown>;
  /** False once the extension was reloaded or removed: nothing can take the events any more. */
  alive(): boolean;
  wait?: (ms: number) => Promise<void>;
  warn?: (message: string) => void;
}

/**
 * Hands captured events to the background one at a time, in capture order, and keeps each until the
 * background answered that it stored it. Chrome stops an MV3 worker whenever it likes; a message sent
 * while it stops is lost (the port closes before the answer), so it is sent again once a worker runs.
 * An answer that never came may hide a stored event: the resend then stores a duplicate, which the
 * Brain absorbs (keyed by site ids and content hash); a gap it could not repair.
 */
export class CaptureRelay {
  private readonly queue: RawCapturedEvent[] = [];
  private running = false;
  private readonly wait: (ms: number) => Promise<void>;

  constructor(private readonly deps: CaptureRelayDeps) {
    this.wait = deps.wait ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
  }

  get pending(): number {
    return this.queue.length;
  }

  push(event: RawCapturedEvent): void {
    this.queue.push(event);
    if (!this.running) void this.run();
  }

  private async run(): Promise<void> {
    this.running = true;
    let attempt = 0;
    try {
      while (this.queue.length > 0) {
        if (!this.deps.alive()) {
          this.queue.length = 0;
          return;
        }
        const answer = await this.deps.send(this.queue[0]!).catch(() => undefined);
        if (isRecord(answer) && (answer.ok === true || (answer.ok === false && answer.error === undefined))) {
          // Stored, or refused for good (not a capture the background takes): either way, done with it.
          if (answer.ok === false) this.deps.warn?.('the background refused a captured event');
          this.queue.shift();
          attempt = 0;
          continue;
        }
        // No answer (the worker stopped or is starting) or a failure while storing: the same event again.
        await this.wait(Math.min(RETRY_CAP_MS, RETRY_FIRST_MS * 2 ** attempt++));
      }
    } finally {
      this.running = false;
    }
  }
}
