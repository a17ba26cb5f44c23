import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SocketSession } from './socket-session';

function harness(options: Partial<ConstructorParameters<typeof SocketSession>[0]> = {}) {
  const sent: { type: string; payload?: unknown }[] = [];
  const forceReconnect = vi.fn();
  const session = new SocketSession({ transmit: (text) => sent.push(JSON.parse(text)), forceReconnect, now: () => 42, ...options });
  return { session, sent, forceReconnect, types: () => sent.map((f) => f.type) };
}

describe('SocketSession', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('pings every 30 s while open', () => {
    const { session, sent, types } = harness();
    session.opened();
    session.received({ type: 'full_sync_response', payload: { snapshotId: 's', conversations: [], analytics: {}, graph: {}, generatedAt: '' } });
    vi.advanceTimersByTime(29_999);
    expect(types()).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(sent).toEqual([{ type: 'ping', payload: { clientTime: 42 } }]);
    session.received({ type: 'pong', payload: { clientTime: 42, serverTime: 50 } });
    vi.advanceTimersByTime(30_000);
    expect(types()).toEqual(['ping', 'ping']);
  });

  it('forces a reconnect when no pong arrives within 5 s', () => {
    const { session, forceReconnect } = harness();
    session.opened();
    vi.advanceTimersByTime(30_000 + 4_999);
    expect(forceReconnect).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(forceReconnect).toHaveBeenCalledTimes(1);
  });

  it('does not time out when the pong arrives in time', () => {
    const { session, forceReconnect } = harness();
    session.opened();
    vi.advanceTimersByTime(30_000 + 4_000);
    session.received({ type: 'pong', payload: { serverTime: 1 } });
    vi.advanceTimersByTime(10_000);
    expect(forceReconnect).not.toHaveBeenCalled();
  });

  it('stops the heartbeat when the socket closes', () => {
    const { session, types, forceReconnect } = harness();
    session.opened();
    session.closed();
    vi.advanceTimersByTime(120_000);
    expect(types()).toEqual([]);
    expect(forceReconnect).not.toHaveBeenCalled();
  });

  it('queues frames while closed, bounded, and sends them after reconnecting', () => {
    const { session, sent } = harness({ maxQueuedFrames: 2 });
    for (const text of ['a', 'b', 'c']) session.send({ type: 'send_message', payload: { chatId: '1', text } });
    expect(sent).toEqual([]);
    expect(session.dropped).toBe(1);
    session.opened();
    expect(sent.map((f) => (f.payload as { text: string }).text)).toEqual(['b', 'c']);
    expect(session.queuedFrames).toHaveLength(0);
  });

  it('resubscribes its topics after a reconnect, before queued frames', () => {
    const { session, sent } = harness();
    session.opened();
    session.subscribe('chat:1');
    session.subscribe('chat:2');
    session.unsubscribe('chat:2');
    session.closed();
    sent.length = 0;
    session.send({ type: 'send_message', payload: { chatId: '1', text: 'x' } });
    session.opened();
    expect(sent).toEqual([
      { type: 'subscribe', payload: { topic: 'chat:1' } },
      { type: 'send_message', payload: { chatId: '1', text: 'x' } },
    ]);
  });

  it('asks for a snapshot when the gateway says RESYNC_REQUIRED', () => {
    const { session, sent } = harness();
    session.opened();
    session.received({ type: 'system_status', payload: { status: 'RESYNC_REQUIRED' } });
    expect(sent).toEqual([{ type: 'sync_request', payload: {} }]);
  });

  it('asks for a snapshot when none arrives soon after connecting', () => {
    const { session, types } = harness({ snapshotWaitMs: 10_000 });
    session.opened();
    vi.advanceTimersByTime(10_000);
    expect(types()).toEqual(['sync_request']);
  });

  it('after a reconnect, asks again for a snapshot when the gateway does not push one', () => {
    const { session, types } = harness({ snapshotWaitMs: 10_000 });
    session.opened();
    session.received({ type: 'full_sync_response', payload: { snapshotId: 's', conversations: [], analytics: {}, graph: {}, generatedAt: '' } });
    session.closed();
    session.opened(); // what was missed while away is only in a new snapshot
    vi.advanceTimersByTime(9_999);
    expect(types()).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(types()).toEqual(['sync_request']);
  });

  it('does not ask again when the automatic snapshot arrives', () => {
    const { session, types } = harness({ snapshotWaitMs: 10_000 });
    session.opened();
    session.received({ type: 'full_sync_response', payload: { snapshotId: 's', conversations: [], analytics: {}, graph: {}, generatedAt: '' } });
    vi.advanceTimersByTime(10_000);
    expect(types()).toEqual([]);
  });
});
