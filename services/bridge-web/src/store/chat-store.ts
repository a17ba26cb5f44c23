import { create } from 'zustand';
import type { ChatMessage, OutgoingWssMessage } from '../generated/wss-outgoing';
import { initialChatData, type ChatData, type SocketReadyState, type Toast } from './chat-state';
import { applyFrames, withToast } from './apply-frame';
import { markRead } from './reducers/conversations';
import { prependOlder } from './reducers/threads';

export interface ChatActions {
  receive: (frames: readonly OutgoingWssMessage[]) => void;
  setReadyState: (readyState: SocketReadyState) => void;
  socketClosed: (code: number) => void;
  toast: (kind: Toast['kind'], text: string) => void;
  dismissToast: (id: number) => void;
  olderMessagesLoaded: (chatId: string, messages: readonly ChatMessage[], hasMore: boolean) => void;
  chatOpened: (chatId: string) => void;
  reset: () => void;
}

export type ChatStore = ChatData & ChatActions;

export const useChatStore = create<ChatStore>()((set) => ({
  ...initialChatData,
  receive: (frames) => set((s) => applyFrames(s, frames)),
  setReadyState: (readyState) =>
    set((s) => ({ readyState, connection: readyState === 1 ? { ...s.connection, failures: 0, lastCloseCode: null } : s.connection })),
  socketClosed: (code) => set((s) => ({ connection: { ...s.connection, failures: s.connection.failures + 1, lastCloseCode: code } })),
  toast: (kind, text) => set((s) => withToast(s, kind, text)),
  dismissToast: (id) => set((s) => ({ toasts: s.toasts.filter((t) => t.id !== id) })),
  olderMessagesLoaded: (chatId, messages, hasMore) => set((s) => ({ threads: prependOlder(s.threads, chatId, messages, hasMore) })),
  chatOpened: (chatId) => set((s) => ({ conversations: markRead(s.conversations, chatId) })),
  reset: () => set({ ...initialChatData }),
}));

/** Green when open, yellow while (re)connecting, red after repeated failures or without a token. */
export type ConnectionLevel = 'connected' | 'connecting' | 'disconnected';

export const RED_AFTER_FAILURES = 6;

export function connectionLevel(s: Pick<ChatData, 'readyState' | 'connection'>): ConnectionLevel {
  if (s.readyState === 1) return 'connected';
  if (s.readyState === -1 || s.connection.failures >= RED_AFTER_FAILURES) return 'disconnected';
  return 'connecting';
}
