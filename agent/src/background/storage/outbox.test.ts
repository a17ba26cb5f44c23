import { IDBFactory } from 'fake-indexeddb';
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { chatMessageEvent, chatsEvent } from '../../test-support/fixtures';
import { CaptureStore } from './capture-store';
import { openDatabase } from './db';
import { Outbox, type DurableFrame } from './outbox';

const frame = (n: number): DurableFrame => ({ type: 'new_raw_message', payload: chatMessageEvent(8000000000000 + n), id: `ev-${n}` });

describe('Outbox', () => {
  let db: IDBDatabase;
  let outbox: Outbox;

  beforeEach(async () => {
    db = await openDatabase(new IDBFactory());
    outbox = new Outbox(db);
  });

  it('should_return_frames_in_the_order_they_were_added', async () => {
    for (let n = 0; n < 25; n++) await outbox.add(frame(n));
    const first = await outbox.after(0, 10);
    const rest = await outbox.after(first.at(-1)!.seq, 100);
    expect([...first, ...rest].map((e) => e.id)).toEqual(Array.from({ length: 25 }, (_, n) => `ev-${n}`));
  });

  it('should_delete_a_frame_only_when_its_id_is_acked', async () => {
    for (let n = 0; n < 3; n++) await outbox.add(frame(n));
    expect(await outbox.remove('ev-1')).toBe(true);
    expect(await outbox.remove('ev-1')).toBe(false); // a second ack changes nothing
    expect(await outbox.remove('unknown')).toBe(false);
    expect((await outbox.after(0, 10)).map((e) => e.id)).toEqual(['ev-0', 'ev-2']);
    expect(await outbox.count()).toBe(2);
  });

  it('should_survive_reopening_the_database', async () => {
    const factory = new IDBFactory();
    const first = new Outbox(await openDatabase(factory, 'reopen'));
    await first.add(frame(7));
    const again = new Outbox(await openDatabase(factory, 'reopen'));
    expect((await again.after(0, 10)).map((e) => e.id)).toEqual(['ev-7']);
  });
});

describe('CaptureStore', () => {
  it('should_store_the_event_and_queue_its_frame_together', async () => {
    const db = await openDatabase(new IDBFactory());
    const store = await CaptureStore.open(db);
    const event = chatMessageEvent(8000000000001);
    await store.record(event, { type: 'new_raw_message', payload: event, id: 'ev-a' });
    expect(await store.allEvents()).toEqual([event]);
    expect((await new Outbox(db).after(0, 10)).map((e) => e.id)).toEqual(['ev-a']);
    expect(await store.messages('100000001')).toHaveLength(1);
  });

  it('should_keep_one_copy_of_a_response_captured_twice', async () => {
    const store = await CaptureStore.open(await openDatabase(new IDBFactory()));
    const event = chatsEvent([100000001, 100000003]);
    await store.record(event, { type: 'new_raw_message', payload: event, id: 'a' });
    const again = { ...event, data: { ...event.data, capturedAt: '2025-03-01T19:00:00.000Z' } };
    await store.record(again, { type: 'new_raw_message', payload: again, id: 'b' });
    expect(await store.allEvents()).toHaveLength(1);
    expect((await store.chats()).map((c) => c.chatId).sort()).toEqual(['100000001', '100000003']);
  });
});
