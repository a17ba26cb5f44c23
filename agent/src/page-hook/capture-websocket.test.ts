import { describe, expect, it } from 'vitest';
import type { RawCapturedEvent } from '../shared/raw-event';
import { installWebSocketCapture } from './capture-websocket';

/** A stand-in for the browser's WebSocket: records sends, lets the test deliver messages. */
class FakeSocket extends EventTarget {
  static readonly OPEN = 1;
  readonly sent: unknown[] = [];
  readonly url: string;
  constructor(url: string | URL, readonly protocols?: string | string[]) {
    super();
    this.url = String(url);
  }
  send(data: unknown) {
    this.sent.push(data);
  }
  deliver(data: string) {
    this.dispatchEvent(new MessageEvent('message', { data }));
  }
}

function setup() {
  const captured: RawCapturedEvent[] = [];
  const host = { WebSocket: FakeSocket as unknown as typeof WebSocket };
  installWebSocketCapture(host, (e) => captured.push(e), () => 'now');
  return { captured, Socket: host.WebSocket };
}

describe('installWebSocketCapture', () => {
  it('should_keep_the_socket_working_for_the_page', () => {
    const { Socket } = setup();
    const socket = new Socket('wss://ws2.onlyfans.com/ws3/30', ['p']) as unknown as FakeSocket;
    expect(socket).toBeInstanceOf(FakeSocket);
    expect((Socket as unknown as typeof FakeSocket).OPEN).toBe(1);
    expect(socket.protocols).toEqual(['p']);
    const received: unknown[] = [];
    socket.addEventListener('message', (e) => received.push((e as MessageEvent).data));
    socket.deliver('{"online":[1]}');
    (socket as unknown as WebSocket).send('{"act":"get_onlines","ids":[1]}');
    expect(received).toEqual(['{"online":[1]}']);
    expect(socket.sent).toEqual(['{"act":"get_onlines","ids":[1]}']);
  });

  it('should_capture_frames_in_both_directions_as_parsed_json', () => {
    const { Socket, captured } = setup();
    const socket = new Socket('wss://ws2.onlyfans.com/ws3/30') as unknown as FakeSocket;
    (socket as unknown as WebSocket).send('{"act":"connect","token":"t"}');
    socket.deliver('{"api2_chat_message":{"id":8000000000006}}');
    socket.deliver('not json');
    expect(captured.map((e) => [e.data.direction, e.data.frame])).toEqual([
      ['out', { act: 'connect', token: 't' }],
      ['in', { api2_chat_message: { id: 8000000000006 } }],
      ['in', 'not json'],
    ]);
    expect(captured[0]).toMatchObject({ event: 'websocket', data: { url: 'wss://ws2.onlyfans.com/ws3/30', capturedAt: 'now' } });
  });

  it('should_ignore_other_sockets', () => {
    const { Socket, captured } = setup();
    const socket = new Socket('wss://analytics.example.com/live') as unknown as FakeSocket;
    socket.deliver('{"x":1}');
    expect(captured).toEqual([]);
  });
});
