import type { IncomingWssMessage } from '../../generated/wss-incoming';
import { STORES } from './db';
import { readRange, requestResult, transactionDone } from './idb';

/** A frame that must reach the gateway; it has an id the gateway acks. */
export type DurableFrame = IncomingWssMessage & { id: string };

export interface OutboxEntry {
  seq: number;
  id: string;
  frame: DurableFrame;
}

/**
 * The durable outbox: frames in the order they were added, deleted only when the gateway acks
 * their id. It survives the socket and the service worker.
 */
export class Outbox {
  constructor(private readonly db: IDBDatabase) {}

  /** Adds inside a caller's transaction (so an event and its frame are written together). */
  static put(tx: IDBTransaction, frame: DurableFrame): void {
    tx.objectStore(STORES.outbox).add({ id: frame.id, frame });
  }

  async add(frame: DurableFrame): Promise<void> {
    const tx = this.db.transaction(STORES.outbox, 'readwrite');
    Outbox.put(tx, frame);
    await transactionDone(tx);
  }

  /** Up to `limit` entries with a sequence number above `afterSeq`, oldest first. */
  after(afterSeq: number, limit: number): Promise<OutboxEntry[]> {
    const store = this.db.transaction(STORES.outbox, 'readonly').objectStore(STORES.outbox);
    return readRange<OutboxEntry>(store, IDBKeyRange.lowerBound(afterSeq, true), limit);
  }

  /** Deletes the entry with this frame id; false when there was none (already acked). */
  async remove(id: string): Promise<boolean> {
    const tx = this.db.transaction(STORES.outbox, 'readwrite');
    const store = tx.objectStore(STORES.outbox);
    const seq = await requestResult(store.index('id').getKey(id));
    if (seq !== undefined) store.delete(seq);
    await transactionDone(tx);
    return seq !== undefined;
  }

  count(): Promise<number> {
    return requestResult(this.db.transaction(STORES.outbox, 'readonly').objectStore(STORES.outbox).count());
  }
}
