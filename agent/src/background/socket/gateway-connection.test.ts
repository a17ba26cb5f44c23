import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ConnectionListener, SocketLike } from './gateway-connection';
import { GatewayConnection } from './gateway-connection';

class FakeSocket implements SocketLike {
  readyState = 0;
  sent: unknown[] = [];
  onopen: SocketLike['onopen'] = null;
  onclose: SocketLike['onclose'] = null;
  onmessage: SocketLike['onmessage'] = null;
  onerror: SocketLike['onerror'] = null;
  constructor(readonly url: string) {}
  send(data: string) { this.sent.push(JSON.parse(data)); }
  close() { this.readyState = 3; }
  ack() {
    this.readyState = 1;
    this.onmessage?.({ data: JSON.stringify({ type: 'connection_ack', payload: { connectionId: 'c', userId: 'u', role: 'agent', serverVersion: '1', protocolVersion: 1, limits: {} } }) } as MessageEvent);
  }
  drop() {
    this.readyState = 3;
    this.onclose?.({ code: 1006, reason: '' } as CloseEvent);
  }
}

describe('GatewayConnection', () => {
  let sockets: FakeSocket[];
  let listener: ConnectionListener;
  let connection: GatewayConnection;

  beforeEach(() => {
    vi.useFakeTimers();
    sockets = [];
    listener = { connected: vi.fn(), disconnected: vi.fn(), frame: vi.fn(), state: vi.fn() };
    connection = new GatewayConnection(listener, { createSocket: (url) => { const s = new FakeSocket(url); sockets.push(s); return s; }, random: () => 0.5 });
  });
  afterEach(() => vi.useRealTimers());

  it('should_connect_with_the_token_and_send_keepalive_every_20_seconds', () => {
    connection.configure({ gatewayUrl: 'ws://127.0.0.1:9/ws', token: 'a b' });
    expect(sockets[0]!.url).toBe('ws://127.0.0.1:9/ws?access_token=a+b');
    sockets[0]!.ack();
    expect(listener.connected).toHaveBeenCalledOnce();
    vi.advanceTimersByTime(60_000);
    expect(sockets[0]!.sent).toEqual([{ type: 'keepalive' }, { type: 'keepalive' }, { type: 'keepalive' }]);
  });

  it('should_reconnect_with_growing_delays_and_reset_them_after_an_ack', () => {
    connection.configure({ gatewayUrl: 'ws://h/ws', token: 't' });
    sockets[0]!.drop(); // ceiling 1 s -> 500 ms at random 0.5
    vi.advanceTimersByTime(499);
    expect(sockets).toHaveLength(1);
    vi.advanceTimersByTime(1);
    expect(sockets).toHaveLength(2);
    sockets[1]!.drop(); // ceiling 2 s -> 1000 ms
    vi.advanceTimersByTime(999);
    expect(sockets).toHaveLength(2);
    vi.advanceTimersByTime(1);
    sockets[2]!.ack();
    sockets[2]!.drop(); // reset: 500 ms again
    expect(listener.disconnected).toHaveBeenCalledOnce();
    vi.advanceTimersByTime(500);
    expect(sockets).toHaveLength(4);
  });

  it('should_stay_idle_without_a_token', () => {
    connection.configure(null);
    connection.ensureConnected();
    expect(sockets).toHaveLength(0);
    expect(listener.state).toHaveBeenCalledWith('unconfigured');
  });
});
