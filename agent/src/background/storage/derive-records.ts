import { isRecord, type RawCapturedEvent } from '../../shared/raw-event';

// What the dashboard can read back from the extension: chats, messages and users derived from the
// captured responses (SITE_API.md). Tolerant: anything unexpected is skipped, never thrown.

export type SiteObject = Record<string, unknown>;

export interface ChatRecord {
  chatId: string;
  withUser: SiteObject;
  lastMessage: SiteObject | null;
  unreadCount: number;
  updatedAt: string;
}

export interface MessageRecord {
  id: string;
  chatId: string;
  createdAt: string;
  message: SiteObject;
}

export interface UserRecord {
  id: string;
  user: SiteObject;
}

export interface DerivedRecords {
  me: SiteObject | null;
  chats: ChatRecord[];
  messages: MessageRecord[];
  users: UserRecord[];
}

const CHAT_MESSAGES = /^\/api2\/v2\/chats\/(\d+)\/messages\/?$/;

const idOf = (value: unknown): string | null =>
  (typeof value === 'number' && Number.isFinite(value)) || (typeof value === 'string' && /^\d+$/.test(value)) ? String(value) : null;

const listOf = (body: unknown): unknown[] => (Array.isArray(body) ? body : isRecord(body) && Array.isArray(body.list) ? body.list : []);

function messageRecord(chatId: string, value: unknown): MessageRecord | null {
  if (!isRecord(value)) return null;
  const id = idOf(value.id);
  return id ? { id, chatId, createdAt: typeof value.createdAt === 'string' ? value.createdAt : '', message: value } : null;
}

/** `meId` tells which messages are the creator's own: their chat cannot be known from a socket echo. */
export function deriveRecords(event: RawCapturedEvent, meId: string | null): DerivedRecords {
  const out: DerivedRecords = { me: null, chats: [], messages: [], users: [] };
  try {
    if (event.event === 'websocket') deriveFromFrame(event.data.frame, meId, out);
    else if ((event.data.status ?? 200) < 400) deriveFromResponse(event, out);
  } catch {
    // A shape nobody anticipated: keep the raw event (it is stored anyway), derive nothing.
  }
  return out;
}

function deriveFromFrame(frame: unknown, meId: string | null, out: DerivedRecords): void {
  if (!isRecord(frame) || !isRecord(frame.api2_chat_message)) return;
  const message = frame.api2_chat_message;
  const fromId = isRecord(message.fromUser) ? idOf(message.fromUser.id) : null;
  if (!fromId || fromId === meId) return;
  const record = messageRecord(fromId, message);
  if (record) out.messages.push(record);
  if (isRecord(message.fromUser) && typeof message.fromUser.name === 'string') out.users.push({ id: fromId, user: message.fromUser });
}

function deriveFromResponse(event: RawCapturedEvent, out: DerivedRecords): void {
  const path = new URL(event.data.url).pathname;
  const body = event.data.responseBody;
  const chatMatch = CHAT_MESSAGES.exec(path);
  if (path === '/api2/v2/users/me' && isRecord(body) && idOf(body.id)) {
    out.me = body;
  } else if (path === '/api2/v2/chats' || path === '/api2/v2/chats/') {
    for (const item of listOf(body)) deriveChat(item, event.data.capturedAt, out);
  } else if (path === '/api2/v2/users/list' && isRecord(body)) {
    for (const user of Object.values(body)) {
      const id = isRecord(user) ? idOf(user.id) : null;
      if (id && isRecord(user)) out.users.push({ id, user });
    }
  } else if (chatMatch?.[1]) {
    const chatId = chatMatch[1];
    const items = (event.data.method ?? 'GET').toUpperCase() === 'POST' ? [body] : listOf(body);
    for (const item of items) {
      const record = messageRecord(chatId, item);
      if (record) out.messages.push(record);
    }
  }
}

function deriveChat(item: unknown, capturedAt: string, out: DerivedRecords): void {
  if (!isRecord(item) || !isRecord(item.withUser)) return;
  const chatId = idOf(item.withUser.id);
  if (!chatId) return;
  const lastMessage = isRecord(item.lastMessage) ? item.lastMessage : null;
  const unread = typeof item.unreadMessagesCount === 'number' ? item.unreadMessagesCount : 0;
  out.chats.push({ chatId, withUser: item.withUser, lastMessage, unreadCount: unread, updatedAt: capturedAt });
  if (typeof item.withUser.name === 'string') out.users.push({ id: chatId, user: item.withUser });
  const last = messageRecord(chatId, lastMessage);
  if (last) out.messages.push(last);
}
