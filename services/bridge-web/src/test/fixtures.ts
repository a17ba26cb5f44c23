import type { ChatMessage, ConversationNode } from '../generated/wss-outgoing';

export function conversation(chatId: string, overrides: Partial<ConversationNode> = {}): ConversationNode {
  return {
    chatId,
    fan: { id: chatId, name: `Fan ${chatId}`, username: `u${chatId}` },
    messageCount: 1,
    unreadCount: 0,
    awaitingReply: false,
    lastActivityAt: '2025-03-01T18:00:00Z',
    spend: { total: 0, currency: 'USD' },
    responseTime: {},
    priority: 0,
    ...overrides,
  };
}

export function message(id: string, chatId: string, createdAt: string, overrides: Partial<ChatMessage> = {}): ChatMessage {
  return { id, chatId, text: `message ${id}`, direction: 'in', createdAt, ...overrides };
}
