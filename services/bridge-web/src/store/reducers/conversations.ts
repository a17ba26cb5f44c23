import type { ConversationNode } from '../../generated/wss-outgoing';

export type ConversationMap = Readonly<Record<string, ConversationNode>>;

/** A full snapshot replaces everything: a conversation missing from it is gone. */
export function replaceConversations(list: readonly ConversationNode[]): ConversationMap {
  const map: Record<string, ConversationNode> = {};
  for (const node of list) map[node.chatId] = node;
  return map;
}

/** A delta carries the whole node as the graph now sees it. */
export function upsertConversations(map: ConversationMap, nodes: readonly ConversationNode[]): ConversationMap {
  if (nodes.length === 0) return map;
  const next: Record<string, ConversationNode> = { ...map };
  for (const node of nodes) next[node.chatId] = node;
  return next;
}

/** Opening a chat reads it: the unread badge goes until the graph says otherwise. */
export function markRead(map: ConversationMap, chatId: string): ConversationMap {
  const node = map[chatId];
  if (!node || !node.unreadCount) return map;
  return { ...map, [chatId]: { ...node, unreadCount: 0 } };
}
