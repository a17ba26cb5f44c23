import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FakeWebSocket } from '../test/fake-websocket';
import { connectionLevel, useChatStore } from '../store/chat-store';
import { useSocket } from './use-socket';

const URL_A = 'ws://gateway.test/ws?access_token=a';
const advance = (ms: number) => act(() => vi.advanceTimersByTimeAsync(ms));
const level = () => connectionLevel(useChatStore.getState());

describe('useSocket', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.spyOn(Math, 'random').mockReturnValue(1); // the top of the jitter range: 1 s, 2 s, 4 s...
    vi.stubGlobal('WebSocket', FakeWebSocket);
    FakeWebSocket.instances = [];
    useChatStore.getState().reset();
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.useRealTimers();
  });

  async function connected(options = {}) {
    const hook = renderHook(({ url }) => useSocket(url, options), { initialProps: { url: URL_A } });
    await advance(0);
    await act(async () => FakeWebSocket.latest().serverOpen());
    return hook;
  }

  it('opens one socket and reports it live', async () => {
    await connected();
    expect(FakeWebSocket.instances.map((s) => s.url)).toEqual([URL_A]);
    expect(useChatStore.getState().readyState).toBe(1);
    expect(level()).toBe('connected');
  });

  it('keeps the same socket across re-renders (views change, the socket stays)', async () => {
    const hook = await connected();
    hook.rerender({ url: URL_A });
    hook.rerender({ url: URL_A });
    await advance(5_000);
    expect(FakeWebSocket.instances).toHaveLength(1);
  });

  it('puts received frames into the store', async () => {
    await connected();
    act(() =>
      FakeWebSocket.latest().serverSend({
        type: 'full_sync_response',
        payload: { snapshotId: 's', conversations: [{ chatId: '1', fan: { id: '1' }, spend: {}, responseTime: {} }], analytics: {}, graph: {}, generatedAt: '' },
      }),
    );
    await advance(20);
    expect(Object.keys(useChatStore.getState().conversations)).toEqual(['1']);
  });

  it('reconnects with growing backoff and goes yellow meanwhile', async () => {
    await connected();
    await act(async () => FakeWebSocket.latest().serverClose(1006));
    expect(level()).toBe('connecting');
    await advance(999);
    expect(FakeWebSocket.instances).toHaveLength(1);
    await advance(1);
    expect(FakeWebSocket.instances).toHaveLength(2);

    await act(async () => FakeWebSocket.latest().serverClose(1006)); // the gateway is still down
    await advance(1_999);
    expect(FakeWebSocket.instances).toHaveLength(2);
    await advance(1);
    expect(FakeWebSocket.instances).toHaveLength(3);

    await act(async () => FakeWebSocket.latest().serverOpen());
    expect(level()).toBe('connected');
  });

  it('resubscribes topics and flushes queued frames after reconnecting', async () => {
    const hook = await connected();
    act(() => hook.result.current.subscribe('chat:7'));
    await act(async () => FakeWebSocket.latest().serverClose(1006));
    act(() => hook.result.current.send({ type: 'send_message', payload: { chatId: '7', text: 'hi' } }));
    await advance(1_000);
    await act(async () => FakeWebSocket.latest().serverOpen());
    expect(FakeWebSocket.latest().sentTypes()).toEqual(['subscribe', 'send_message']);
  });

  it('sends a ping every 30 s and reconnects when the pong does not come within 5 s', async () => {
    await connected({ snapshotWaitMs: 600_000 });
    const first = FakeWebSocket.latest();
    await advance(30_000);
    expect(first.sentTypes()).toEqual(['ping']);
    await advance(5_000);
    expect(first.readyState).toBe(FakeWebSocket.CLOSED);
    await advance(1_000);
    expect(FakeWebSocket.instances).toHaveLength(2);
  });

  it('stays connected while pongs answer the pings', async () => {
    await connected({ snapshotWaitMs: 600_000 });
    const socket = FakeWebSocket.latest();
    for (let i = 0; i < 3; i++) {
      await advance(30_000);
      act(() => socket.serverSend({ type: 'pong', payload: { serverTime: 1 } }));
    }
    await advance(10_000);
    expect(socket.readyState).toBe(FakeWebSocket.OPEN);
    expect(FakeWebSocket.instances).toHaveLength(1);
  });

  it('reconnects at once after a slow-consumer close (4008)', async () => {
    await connected();
    await act(async () => FakeWebSocket.latest().serverClose(4008));
    await advance(0);
    expect(FakeWebSocket.instances).toHaveLength(2);
  });
});
