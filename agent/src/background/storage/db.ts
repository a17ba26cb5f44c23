import { requestResult } from './idb';

export const DB_NAME = 'platform-agent';
const VERSION = 1;

/** Object stores: the outbox (frames not yet acked), the captured dataset and what is derived from it. */
export const STORES = {
  outbox: 'outbox', // {seq (auto), id, frame}: unacked frames in send order
  events: 'events', // {hash, capturedAt, event}: every captured event once, for snapshots
  chats: 'chats', // {chatId, ...}: from /chats lists
  messages: 'messages', // {id, chatId, message}: site messages
  users: 'users', // {id, user}: from /users/list and full user objects
  meta: 'meta', // {key, value}: e.g. the creator's own user ("me")
  commands: 'commands', // {commandId, result}: commands already executed (never send twice)
} as const;

export function openDatabase(factory: IDBFactory = indexedDB, name: string = DB_NAME): Promise<IDBDatabase> {
  const request = factory.open(name, VERSION);
  request.onupgradeneeded = () => {
    const db = request.result;
    db.createObjectStore(STORES.outbox, { keyPath: 'seq', autoIncrement: true }).createIndex('id', 'id', { unique: true });
    db.createObjectStore(STORES.events, { keyPath: 'hash' }).createIndex('capturedAt', 'capturedAt');
    db.createObjectStore(STORES.chats, { keyPath: 'chatId' });
    db.createObjectStore(STORES.messages, { keyPath: 'id' }).createIndex('chatId', 'chatId');
    db.createObjectStore(STORES.users, { keyPath: 'id' });
    db.createObjectStore(STORES.meta, { keyPath: 'key' });
    db.createObjectStore(STORES.commands, { keyPath: 'commandId' });
  };
  return requestResult(request);
}
