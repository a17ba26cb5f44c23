import type {
  CommandState,
  CommandStatusPayload,
  SendMessageCommand,
  StreamChunkPayload,
  StreamEndPayload,
  StreamStartPayload,
} from '../../generated/wss-outgoing';

/** A reply suggestion being generated (`stream_start` .. `stream_end`). */
export interface SuggestionStream {
  streamId: string;
  chatId: string;
  commandId: string | null;
  reason: string | null;
  chunks: readonly string[];
  text: string;
  streaming: boolean;
  startedAt: number;
}

/** A command the Brain proposed or executes, with its latest state. */
export interface CommandEntry {
  command: SendMessageCommand;
  state: CommandState;
  error: string | null;
  updatedAt: string;
}

export type StreamMap = Readonly<Record<string, SuggestionStream>>;
export type CommandMap = Readonly<Record<string, CommandEntry>>;

export function startStream(streams: StreamMap, payload: StreamStartPayload, now: number): StreamMap {
  const existing = streams[payload.streamId];
  return {
    ...streams,
    [payload.streamId]: {
      streamId: payload.streamId,
      chatId: payload.chatId,
      commandId: payload.commandId ?? existing?.commandId ?? null,
      reason: payload.reason ?? null,
      chunks: existing?.chunks ?? [],
      text: existing?.text ?? '',
      streaming: existing?.streaming ?? true,
      startedAt: existing?.startedAt ?? now,
    },
  };
}

/** Chunks are placed by index, so a late or repeated chunk never garbles the text. */
export function appendChunk(streams: StreamMap, payload: StreamChunkPayload, now: number): StreamMap {
  const current = streams[payload.streamId]
    ?? { streamId: payload.streamId, chatId: '', commandId: null, reason: null, chunks: [], text: '', streaming: true, startedAt: now };
  if (!current.streaming) return streams;
  const chunks = [...current.chunks];
  chunks[payload.index] = payload.text;
  return { ...streams, [payload.streamId]: { ...current, chunks, text: chunks.join('') } };
}

export function endStream(streams: StreamMap, payload: StreamEndPayload, now: number): StreamMap {
  const current = streams[payload.streamId]
    ?? { streamId: payload.streamId, chatId: '', commandId: null, reason: null, chunks: [], text: '', streaming: true, startedAt: now };
  return {
    ...streams,
    [payload.streamId]: { ...current, text: payload.text, streaming: false, commandId: payload.commandId ?? current.commandId },
  };
}

/** The newest state wins; a status that arrives late (older `updatedAt`) changes nothing. */
export function applyCommandStatus(commands: CommandMap, payload: CommandStatusPayload): CommandMap {
  const existing = commands[payload.command.commandId];
  if (existing && Date.parse(existing.updatedAt) > Date.parse(payload.updatedAt)) return commands;
  return {
    ...commands,
    [payload.command.commandId]: { command: payload.command, state: payload.state, error: payload.error ?? null, updatedAt: payload.updatedAt },
  };
}

/** `command_to_execute` means the command left for the Agent: approved, waiting for its result. */
export function applyCommandDispatched(commands: CommandMap, command: SendMessageCommand, now: string): CommandMap {
  const existing = commands[command.commandId];
  if (existing && existing.state !== 'pending_approval') return commands;
  return { ...commands, [command.commandId]: { command, state: 'approved', error: null, updatedAt: now } };
}

/** What the chat view shows: one card per suggestion, merging the stream with its command. */
export interface SuggestionView {
  key: string;
  chatId: string;
  commandId: string | null;
  text: string;
  streaming: boolean;
  reason: string | null;
  state: CommandState | null;
  error: string | null;
  price: number | null;
}

export function suggestionsForChat(streams: StreamMap, commands: CommandMap, chatId: string): SuggestionView[] {
  const views: SuggestionView[] = [];
  const covered = new Set<string>();
  const ordered = Object.values(streams).filter((s) => s.chatId === chatId).sort((a, b) => a.startedAt - b.startedAt);
  for (const stream of ordered) {
    const entry = stream.commandId ? commands[stream.commandId] : undefined;
    if (stream.commandId) covered.add(stream.commandId);
    views.push({
      key: stream.commandId ?? stream.streamId,
      chatId,
      commandId: stream.commandId,
      text: stream.streaming ? stream.text : entry?.command.text || stream.text,
      streaming: stream.streaming,
      reason: stream.reason ?? entry?.command.reason ?? null,
      state: entry?.state ?? null,
      error: entry?.error ?? null,
      price: entry?.command.price ?? null,
    });
  }
  for (const [commandId, entry] of Object.entries(commands)) {
    if (entry.command.chatId !== chatId || covered.has(commandId)) continue;
    views.push({
      key: commandId,
      chatId,
      commandId,
      text: entry.command.text,
      streaming: false,
      reason: entry.command.reason ?? null,
      state: entry.state,
      error: entry.error,
      price: entry.command.price ?? null,
    });
  }
  return views;
}
