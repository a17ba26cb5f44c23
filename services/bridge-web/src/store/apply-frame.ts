import type { OutgoingWssMessage } from '../generated/wss-outgoing';
import type { ChatData, Toast } from './chat-state';
import { replaceConversations, upsertConversations } from './reducers/conversations';
import { mergeAnalytics } from './reducers/analytics';
import { appendToThread, applyHistory } from './reducers/threads';
import { appendChunk, applyCommandDispatched, applyCommandStatus, endStream, startStream } from './reducers/suggestions';

type FrameOf<T extends OutgoingWssMessage['type']> = Extract<OutgoingWssMessage, { type: T }>;
type Handlers = { [T in OutgoingWssMessage['type']]: (state: ChatData, frame: FrameOf<T>, now: number) => ChatData };

const MAX_TOASTS = 5;
let toastIds = 0;

export function withToast(state: ChatData, kind: Toast['kind'], text: string): ChatData {
  return { ...state, toasts: [...state.toasts, { id: ++toastIds, kind, text }].slice(-MAX_TOASTS) };
}

// One handler per frame type: adding a type to the protocol makes this map fail to compile.
const handlers: Handlers = {
  connection_ack: (s, f) => ({ ...s, connection: { ...s.connection, ack: f.payload } }),
  system_status: (s, f) => ({ ...s, systemStatus: f.payload.status, statusDetail: f.payload.detail ?? null }),
  system_error: (s, f) => withToast(s, 'error', `${f.payload.message} (${f.payload.code})`),
  full_sync_response: (s, f) => ({
    ...s,
    conversations: replaceConversations(f.payload.conversations),
    analytics: f.payload.analytics,
    graph: f.payload.graph,
    snapshotId: f.payload.snapshotId,
    snapshotAt: f.payload.generatedAt,
  }),
  append_message: (s, f) => {
    const next = { ...s, conversations: upsertConversations(s.conversations, [f.payload.conversation]) };
    return f.payload.message ? { ...next, threads: appendToThread(s.threads, f.payload.conversation.chatId, f.payload.message) } : next;
  },
  analytics_update: (s, f) => ({ ...s, analytics: mergeAnalytics(s.analytics, f.payload.analytics) }),
  command_to_execute: (s, f, now) => ({ ...s, commands: applyCommandDispatched(s.commands, f.payload.command, new Date(now).toISOString()) }),
  command_status: (s, f) => {
    const next = { ...s, commands: applyCommandStatus(s.commands, f.payload) };
    return f.payload.state === 'failed' ? withToast(next, 'error', `Message to ${f.payload.command.chatId} failed: ${f.payload.error ?? 'unknown error'}`) : next;
  },
  pong: (s, f, now) => ({
    ...s,
    connection: { ...s.connection, latencyMs: f.payload.clientTime != null ? Math.max(0, now - f.payload.clientTime) : s.connection.latencyMs },
  }),
  message_ack: (s) => s,
  thread_history: (s, f) => ({ ...s, threads: applyHistory(s.threads, f.payload.chatId, f.payload.messages, f.payload.hasMore ?? false) }),
  thread_message: (s, f) => ({ ...s, threads: appendToThread(s.threads, f.payload.chatId, f.payload.message) }),
  stream_start: (s, f, now) => ({ ...s, streams: startStream(s.streams, f.payload, now) }),
  stream_chunk: (s, f, now) => ({ ...s, streams: appendChunk(s.streams, f.payload, now) }),
  stream_end: (s, f, now) => ({ ...s, streams: endStream(s.streams, f.payload, now) }),
};

/** Applies one server frame; an unknown type (a newer server) is ignored, never a crash. */
export function applyFrame(state: ChatData, frame: OutgoingWssMessage, now: number = Date.now()): ChatData {
  const handler = handlers[frame.type] as ((s: ChatData, f: OutgoingWssMessage, n: number) => ChatData) | undefined;
  return handler ? handler(state, frame, now) : state;
}

export function applyFrames(state: ChatData, frames: readonly OutgoingWssMessage[], now: number = Date.now()): ChatData {
  return frames.reduce((s, frame) => applyFrame(s, frame, now), state);
}
