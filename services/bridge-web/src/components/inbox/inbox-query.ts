import type { ConversationNode } from '../../generated/wss-outgoing';

export type InboxSort = 'priority' | 'recent' | 'spend';

export interface InboxQuery {
  sort: InboxSort;
  unread: boolean;
  awaiting: boolean;
  spenders: boolean;
  search: string;
}

export const defaultQuery: InboxQuery = { sort: 'priority', unread: false, awaiting: false, spenders: false, search: '' };

const activity = (c: ConversationNode) => (c.lastActivityAt ? Date.parse(c.lastActivityAt) : 0);

const comparators: Record<InboxSort, (a: ConversationNode, b: ConversationNode) => number> = {
  priority: (a, b) => (b.priority ?? 0) - (a.priority ?? 0) || activity(b) - activity(a),
  recent: (a, b) => activity(b) - activity(a),
  spend: (a, b) => (b.spend.total ?? 0) - (a.spend.total ?? 0) || activity(b) - activity(a),
};

/** Filters then sorts; ties fall back to chat id so the order never flickers between renders. */
export function queryInbox(conversations: Iterable<ConversationNode>, query: InboxQuery): ConversationNode[] {
  const needle = query.search.trim().toLowerCase();
  const rows: ConversationNode[] = [];
  for (const c of conversations) {
    if (query.unread && !c.unreadCount) continue;
    if (query.awaiting && !c.awaitingReply) continue;
    if (query.spenders && !(c.spend.total ?? 0)) continue;
    if (needle && !`${c.fan.name ?? ''} ${c.fan.username ?? ''} ${c.chatId}`.toLowerCase().includes(needle)) continue;
    rows.push(c);
  }
  const compare = comparators[query.sort];
  return rows.sort((a, b) => compare(a, b) || (a.chatId < b.chatId ? -1 : 1));
}
