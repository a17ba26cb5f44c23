import { describe, expect, it } from 'vitest';
import type { RawCapturedEvent } from '../shared/raw-event';
import { CaptureRelay } from './capture-relay';

const event = (n: number): RawCapturedEvent => ({ event: 'websocket', data: { url: 'wss://onlyfans.com/ws3/1', capturedAt: `t${n}`, direction: 'in', frame: { n } } });
const idle = () => new Promise((resolve) => setTimeout(resolve, 0));

async function settle(relay: CaptureRelay) {
  for (let i = 0; i < 100 && relay.pending > 0; i++) await idle();
}

describe('capture relay', () => {
  it('should_resend_an_event_whose_answer_was_lost_and_keep_the_order', async () => {
    const stored: number[] = [];
    let calls = 0;
    const relay = new CaptureRelay({
      alive: () => true,
      wait: async () => undefined,
      send: async (e) => {
        calls++;
        // The worker stops during the 2nd and 3rd requests: the port closes, nothing answers.
        if (calls === 2 || calls === 3) throw new Error('The message port closed before a response was received.');
        stored.push((e.data.frame as { n: number }).n);
        return { ok: true };
      },
    });
    [1, 2, 3, 4].forEach((n) => relay.push(event(n)));
    await settle(relay);
    expect(stored).toEqual([1, 2, 3, 4]);
    expect(relay.pending).toBe(0);
  });

  it('should_retry_a_failure_to_store_but_drop_a_refused_event', async () => {
    const answers: unknown[] = [{ ok: false, error: 'AbortError: the transaction was aborted' }, undefined, { ok: true }, { ok: false }, { ok: true }];
    const sent: number[] = [];
    const relay = new CaptureRelay({ alive: () => true, wait: async () => undefined, send: async (e) => { sent.push((e.data.frame as { n: number }).n); return answers.shift(); } });
    relay.push(event(1));
    relay.push(event(2));
    relay.push(event(3));
    await settle(relay);
    expect(sent).toEqual([1, 1, 1, 2, 3]);
  });

  it('should_give_up_once_the_extension_is_gone', async () => {
    let alive = true;
    let sent = 0;
    const relay = new CaptureRelay({ alive: () => alive, wait: async () => { alive = false; }, send: async () => { sent++; throw new Error('Extension context invalidated.'); } });
    relay.push(event(1));
    await settle(relay);
    expect(sent).toBe(1);
    expect(relay.pending).toBe(0);
  });
});
