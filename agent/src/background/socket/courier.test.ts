import { IDBFactory } from 'fake-indexeddb';
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { chatMessageEvent } from '../../test-support/fixtures';
import { openDatabase } from '../storage/db';
import { Outbox, type DurableFrame } from '../storage/outbox';
import { Courier, SEND_WINDOW } from './courier';

const frame = (n: number): DurableFrame => ({ type: 'new_raw_message', payload: chatMessageEvent(8000000000000 + n), id: `ev-${n}` });
const settle = () => vi.waitFor(() => undefined).then(() => new Promise((r) => setTimeout(r, 20)));

describe('Courier', () => {
  let outbox: Outbox;
  let sent: string[];
  let courier: Courier;

  beforeEach(async () => {
    outbox = new Outbox(await openDatabase(new IDBFactory()));
    sent = [];
    courier = new Courier({ outbox, send: (f) => (sent.push((f as DurableFrame).id), true) });
  });

  it('should_send_the_outbox_in_order_once_connected', async () => {
    for (let n = 0; n < 10; n++) await outbox.add(frame(n));
    courier.connected();
    await vi.waitFor(() => expect(sent).toHaveLength(10));
    expect(sent).toEqual(Array.from({ length: 10 }, (_, n) => `ev-${n}`));
  });

  it('should_delete_only_acked_frames_and_resend_the_rest_in_order_after_a_reconnect', async () => {
    for (let n = 0; n < 5; n++) await outbox.add(frame(n));
    courier.connected();
    await vi.waitFor(() => expect(sent).toHaveLength(5));
    await courier.ack('ev-1');
    await courier.ack('ev-3');
    courier.disconnected();
    expect(await outbox.count()).toBe(3);
    sent = [];
    courier.connected();
    await vi.waitFor(() => expect(sent).toEqual(['ev-0', 'ev-2', 'ev-4']));
  });

  it('should_keep_at_most_a_window_of_unacked_frames_in_flight', async () => {
    for (let n = 0; n < SEND_WINDOW + 10; n++) await outbox.add(frame(n));
    courier.connected();
    await vi.waitFor(() => expect(sent).toHaveLength(SEND_WINDOW));
    await settle();
    expect(sent).toHaveLength(SEND_WINDOW);
    await courier.ack('ev-0');
    await vi.waitFor(() => expect(sent).toHaveLength(SEND_WINDOW + 1));
    expect(sent.at(-1)).toBe(`ev-${SEND_WINDOW}`);
  });

  it('should_send_a_snapshot_before_the_outbox_and_forget_its_chunks_on_ack', async () => {
    await outbox.add(frame(0));
    const chunk: DurableFrame = { type: 'cache_update', payload: { snapshotId: 's', chunkIndex: 0, chunkCount: 1, events: [] }, id: 's:0' };
    courier.enqueueSnapshot([chunk]);
    courier.connected();
    await vi.waitFor(() => expect(sent).toEqual(['s:0', 'ev-0']));
    await courier.ack('s:0');
    expect(courier.pendingSnapshotFrames).toBe(0);
    expect(await outbox.count()).toBe(1);
  });

  it('should_resend_in_order_after_a_rate_limited_error', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout'] });
    try {
      for (let n = 0; n < 3; n++) await outbox.add(frame(n));
      courier.connected();
      await vi.waitFor(() => expect(sent).toHaveLength(3));
      await courier.ack('ev-0');
      await courier.rejected('ev-1', 'rate_limited');
      sent = [];
      await vi.advanceTimersByTimeAsync(1_100);
      await vi.waitFor(() => expect(sent).toEqual(['ev-1', 'ev-2']));
    } finally {
      vi.useRealTimers();
    }
  });

  it('should_drop_a_frame_the_gateway_will_never_accept', async () => {
    await outbox.add(frame(0));
    courier.connected();
    await vi.waitFor(() => expect(sent).toHaveLength(1));
    await courier.rejected('ev-0', 'invalid_payload');
    expect(await outbox.count()).toBe(0);
  });

  it('should_stay_under_the_gateways_rate_limit', async () => {
    for (let n = 0; n < 20; n++) await outbox.add(frame(n));
    courier.connected({ rateLimitPerSecond: 10, rateLimitBurst: 5 });
    await settle();
    expect(sent).toEqual(['ev-0', 'ev-1', 'ev-2', 'ev-3']); // 80% of the burst, then paced
  });
});
