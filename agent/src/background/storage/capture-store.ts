import type { RawCapturedEvent } from '../../shared/raw-event';
import { contentHash } from './content-hash';
import { STORES } from './db';
import { deriveRecords, type ChatRecord, type SiteObject } from './derive-records';
import { requestResult, transactionDone } from './idb';
import { Outbox, type DurableFrame } from './outbox';

export interface ChatView {
  chatId: string;
  fan: { id: string; name: string | null; username: string | null; avatar: string | null };
  lastMessage: SiteObject | null;
  unreadCount: number;
  updatedAt: string;
}

interface StoredEvent {
  hash: string;
  capturedAt: string;
  event: RawCapturedEvent;
}

const text = (value: unknown): string | null => (typeof value === 'string' ? value : null);

/** The captured dataset: raw events (deduplicated), what is derived from them, and the outbox. */
export class CaptureStore {
  private meId: string | null = null;

  private constructor(private readonly db: IDBDatabase) {}

  static async open(db: IDBDatabase): Promise<CaptureStore> {
    const store = new CaptureStore(db);
    const me = await requestResult(db.transaction(STORES.meta, 'readonly').objectStore(STORES.meta).get('me'));
    store.meId = (me as { value?: { id?: unknown } } | undefined)?.value?.id?.toString() ?? null;
    return store;
  }

  /** Saves the event and its outbox frame in ONE transaction: what is queued is always in the dataset. */
  async record(event: RawCapturedEvent, frame: DurableFrame): Promise<void> {
    const stores = [STORES.events, STORES.chats, STORES.messages, STORES.users, STORES.meta, STORES.outbox];
    const tx = this.db.transaction(stores, 'readwrite');
    const stored: StoredEvent = { hash: contentHash(event), capturedAt: event.data.capturedAt, event };
    tx.objectStore(STORES.events).put(stored);
    const derived = deriveRecords(event, this.meId);
    if (derived.me) {
      this.meId = String(derived.me.id);
      tx.objectStore(STORES.meta).put({ key: 'me', value: derived.me });
    }
    for (const chat of derived.chats) tx.objectStore(STORES.chats).put(chat);
    for (const message of derived.messages) tx.objectStore(STORES.messages).put(message);
    for (const user of derived.users) tx.objectStore(STORES.users).put(user);
    Outbox.put(tx, frame);
    await transactionDone(tx);
  }

  /** Every captured event, oldest first: the snapshot's content. */
  async allEvents(): Promise<RawCapturedEvent[]> {
    const index = this.db.transaction(STORES.events, 'readonly').objectStore(STORES.events).index('capturedAt');
    const stored = (await requestResult(index.getAll())) as StoredEvent[];
    return stored.map((s) => s.event);
  }

  async chats(): Promise<ChatView[]> {
    const tx = this.db.transaction([STORES.chats, STORES.users], 'readonly');
    const [chats, users] = await Promise.all([
      requestResult(tx.objectStore(STORES.chats).getAll()) as Promise<ChatRecord[]>,
      requestResult(tx.objectStore(STORES.users).getAll()) as Promise<{ id: string; user: SiteObject }[]>,
    ]);
    const byId = new Map(users.map((u) => [u.id, u.user]));
    return chats
      .map((chat) => {
        const user = byId.get(chat.chatId) ?? chat.withUser;
        const fan = { id: chat.chatId, name: text(user.name), username: text(user.username), avatar: text(user.avatar) };
        return { chatId: chat.chatId, fan, lastMessage: chat.lastMessage, unreadCount: chat.unreadCount, updatedAt: chat.updatedAt };
      })
      .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
  }

  /** The site messages of one chat, oldest first. */
  async messages(chatId: string): Promise<SiteObject[]> {
    const index = this.db.transaction(STORES.messages, 'readonly').objectStore(STORES.messages).index('chatId');
    const records = (await requestResult(index.getAll(chatId))) as { id: string; createdAt: string; message: SiteObject }[];
    return records.sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id)).map((r) => r.message);
  }
}
