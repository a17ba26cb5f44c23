import { describe, expect, it } from 'vitest';
import type { OutgoingWssMessage } from '../generated/wss-outgoing';
import { conversation, message } from '../test/fixtures';
import { applyFrame, applyFrames } from './apply-frame';
import { initialChatData, type ChatData } from './chat-state';

const sync = (...chatIds: string[]): OutgoingWssMessage => ({
  type: 'full_sync_response',
  payload: { snapshotId: 's1', conversations: chatIds.map((id) => conversation(id)), analytics: { totals: { revenue: 10 } }, graph: { nodeCount: 3 }, generatedAt: '2025-03-01T18:00:00Z' },
});

describe('applyFrame', () => {
  it('replaces every conversation on full_sync_response', () => {
    const before = applyFrame(initialChatData, sync('1', '2'));
    const after = applyFrame(before, sync('3'));
    expect(Object.keys(after.conversations)).toEqual(['3']);
    expect(after.snapshotId).toBe('s1');
    expect(after.analytics?.totals?.revenue).toBe(10);
  });

  it('upserts the conversation of an append_message and keeps the others', () => {
    const state = applyFrames(initialChatData, [
      sync('1', '2'),
      { type: 'append_message', payload: { conversation: conversation('2', { unreadCount: 4 }) } },
      { type: 'append_message', payload: { conversation: conversation('9') } },
    ]);
    expect(Object.keys(state.conversations).sort()).toEqual(['1', '2', '9']);
    expect(state.conversations['2']?.unreadCount).toBe(4);
  });

  it('adds the message of an append_message to an open thread only', () => {
    let state: ChatData = applyFrame(initialChatData, { type: 'thread_history', payload: { chatId: '1', messages: [], hasMore: false } });
    state = applyFrames(state, [
      { type: 'append_message', payload: { conversation: conversation('1'), message: message('10', '1', '2025-03-01T18:00:00Z') } },
      { type: 'append_message', payload: { conversation: conversation('2'), message: message('11', '2', '2025-03-01T18:00:00Z') } },
    ]);
    expect(state.threads['1']?.messages.map((m) => m.id)).toEqual(['10']);
    expect(state.threads['2']).toBeUndefined();
  });

  it('merges analytics_update section by section, keeping sections sent as null', () => {
    const state = applyFrames(initialChatData, [
      sync('1'),
      { type: 'analytics_update', payload: { analytics: { totals: null, topSpenders: [{ fanId: '1', spend: { total: 5 } }] } } },
    ]);
    expect(state.analytics?.totals?.revenue).toBe(10);
    expect(state.analytics?.topSpenders?.[0]?.fanId).toBe('1');
  });

  it('builds a suggestion from stream frames, chunks placed by index', () => {
    const state = applyFrames(initialChatData, [
      { type: 'stream_start', payload: { streamId: 'st', chatId: '1' } },
      { type: 'stream_chunk', payload: { streamId: 'st', index: 1, text: 'world' } },
      { type: 'stream_chunk', payload: { streamId: 'st', index: 0, text: 'hello ' } },
    ]);
    expect(state.streams['st']?.text).toBe('hello world');
    const ended = applyFrame(state, { type: 'stream_end', payload: { streamId: 'st', text: 'hello world!', commandId: 'c1' } });
    expect(ended.streams['st']).toMatchObject({ text: 'hello world!', streaming: false, commandId: 'c1' });
  });

  it('keeps the newest command state and ignores a late, older status', () => {
    const command = { commandId: 'c1', chatId: '1', text: 'hi' };
    const state = applyFrames(initialChatData, [
      { type: 'command_status', payload: { command, state: 'sent', updatedAt: '2025-03-01T18:00:05Z' } },
      { type: 'command_status', payload: { command, state: 'pending_approval', updatedAt: '2025-03-01T18:00:01Z' } },
    ]);
    expect(state.commands['c1']?.state).toBe('sent');
  });

  it('marks a pending command approved when it is dispatched to the agent', () => {
    const command = { commandId: 'c1', chatId: '1', text: 'hi' };
    const state = applyFrames(initialChatData, [
      { type: 'command_status', payload: { command, state: 'pending_approval', updatedAt: '2025-03-01T18:00:01Z' } },
      { type: 'command_to_execute', payload: { command } },
    ]);
    expect(state.commands['c1']?.state).toBe('approved');
  });

  it('records system status, connection ack and round-trip latency', () => {
    const state = applyFrames(
      initialChatData,
      [
        { type: 'system_status', payload: { status: 'PROCESSING_SNAPSHOT', detail: 'chunk 1/2' } },
        { type: 'connection_ack', payload: { connectionId: 'c', userId: 'u', role: 'bridge', serverVersion: '1', protocolVersion: 1, limits: {} } },
        { type: 'pong', payload: { clientTime: 1_000, serverTime: 1_010 } },
      ],
      1_040,
    );
    expect(state.systemStatus).toBe('PROCESSING_SNAPSHOT');
    expect(state.connection.ack?.userId).toBe('u');
    expect(state.connection.latencyMs).toBe(40);
  });

  it('turns system_error and failed commands into error toasts', () => {
    const state = applyFrames(initialChatData, [
      { type: 'system_error', payload: { code: 'rate_limited', message: 'Too many frames' } },
      { type: 'command_status', payload: { command: { commandId: 'c', chatId: '7', text: 'x' }, state: 'failed', error: 'tab closed', updatedAt: '2025-03-01T18:00:00Z' } },
    ]);
    expect(state.toasts.map((t) => t.kind)).toEqual(['error', 'error']);
    expect(state.toasts[1]?.text).toContain('tab closed');
  });

  it('ignores a frame type it does not know', () => {
    const frame = { type: 'from_the_future', payload: {} } as unknown as OutgoingWssMessage;
    expect(applyFrame(initialChatData, frame)).toBe(initialChatData);
  });
});
