import type { ChatMessage } from '../../generated/wss-outgoing';

export interface Thread {
  messages: readonly ChatMessage[];
  hasMore: boolean;
  /** True once `thread_history` arrived for the current subscription. */
  loaded: boolean;
}

export type ThreadMap = Readonly<Record<string, Thread>>;

const EMPTY: Thread = { messages: [], hasMore: false, loaded: false };

// Site ids are integers above 2^53 sent as strings: compare by length, then text.
function compareIds(a: string, b: string): number {
  return a.length - b.length || (a < b ? -1 : a > b ? 1 : 0);
}

function compareMessages(a: ChatMessage, b: ChatMessage): number {
  return Date.parse(a.createdAt) - Date.parse(b.createdAt) || compareIds(a.id, b.id);
}

/** Oldest first, one entry per id; a message seen again (edited, re-sent) replaces the old copy. */
export function mergeMessages(existing: readonly ChatMessage[], incoming: readonly ChatMessage[]): ChatMessage[] {
  const byId = new Map<string, ChatMessage>();
  for (const message of existing) byId.set(message.id, message);
  for (const message of incoming) byId.set(message.id, message);
  return [...byId.values()].sort(compareMessages);
}

export function applyHistory(threads: ThreadMap, chatId: string, messages: readonly ChatMessage[], hasMore: boolean): ThreadMap {
  const current = threads[chatId] ?? EMPTY;
  // Older pages loaded over REST stay; the history replaces the flag only when it reaches further back.
  const keepsOlder = current.loaded && current.messages.length > 0 && messages.length > 0
    && compareMessages(current.messages[0]!, messages[0]!) < 0;
  return {
    ...threads,
    [chatId]: { messages: mergeMessages(current.messages, messages), hasMore: keepsOlder ? current.hasMore : hasMore, loaded: true },
  };
}

/** A live message: added only to a thread somebody has opened (the others load on demand). */
export function appendToThread(threads: ThreadMap, chatId: string, message: ChatMessage): ThreadMap {
  const current = threads[chatId];
  if (!current) return threads;
  return { ...threads, [chatId]: { ...current, messages: mergeMessages(current.messages, [message]) } };
}

export function prependOlder(threads: ThreadMap, chatId: string, messages: readonly ChatMessage[], hasMore: boolean): ThreadMap {
  const current = threads[chatId] ?? EMPTY;
  return { ...threads, [chatId]: { messages: mergeMessages(current.messages, messages), hasMore, loaded: current.loaded } };
}
