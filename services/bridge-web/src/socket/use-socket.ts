import { useEffect, useMemo, useRef } from 'react';
// The named export: Vite 8's bundler mis-resolves this CommonJS package's getter-defined default export.
import { useWebSocket } from 'react-use-websocket/dist/lib/use-websocket';
import type { IncomingWssMessage } from '../generated/wss-incoming';
import { useChatStore } from '../store/chat-store';
import type { SocketReadyState } from '../store/chat-state';
import { reconnectDelay } from './backoff';
import { FrameBatcher, parseFrame } from './frame-batcher';
import { SocketSession } from './socket-session';

export interface SocketApi {
  send: (frame: IncomingWssMessage) => void;
  subscribe: (topic: string) => void;
  unsubscribe: (topic: string) => void;
  requestSnapshot: () => void;
}

export interface UseSocketOptions {
  heartbeatMs?: number;
  pongTimeoutMs?: number;
  snapshotWaitMs?: number;
  maxQueuedFrames?: number;
}

/** Close code the gateway uses for a slow consumer: reconnect at once and resynchronise. */
export const SLOW_CONSUMER_CLOSE = 4008;

/**
 * The app's one socket. Mounted once at the root, so changing views never reopens it; a new URL
 * (another token) is the only thing that does.
 */
export function useSocket(url: string | null, options: UseSocketOptions = {}): SocketApi {
  const store = useChatStore.getState;
  const transportRef = useRef<{ send: (text: string) => void; close: () => void }>({ send: () => {}, close: () => {} });
  const slowConsumerRef = useRef(false);

  const session = useMemo(
    () =>
      new SocketSession({
        transmit: (text) => transportRef.current.send(text),
        forceReconnect: () => transportRef.current.close(),
        ...options,
      }),
    // The session outlives renders; options are read once.
    [],
  );
  const batcher = useMemo(() => new FrameBatcher((frames) => store().receive(frames)), [store]);
  useEffect(() => () => { session.dispose(); batcher.flush(); }, [session, batcher]);

  const { sendMessage, getWebSocket, readyState } = useWebSocket(
    url,
    {
      share: false,
      shouldReconnect: () => true,
      reconnectAttempts: Number.MAX_SAFE_INTEGER,
      reconnectInterval: (attempt) => (slowConsumerRef.current && attempt === 0 ? 0 : reconnectDelay(attempt)),
      filter: () => false, // frames go to the store, never into React state of the root
      onOpen: () => {
        slowConsumerRef.current = false;
        session.opened();
      },
      onClose: (event) => {
        session.closed();
        slowConsumerRef.current = event.code === SLOW_CONSUMER_CLOSE;
        batcher.flush();
        store().socketClosed(event.code);
      },
      onMessage: (event) => {
        const frame = parseFrame(event.data);
        if (!frame) return;
        session.received(frame);
        batcher.push(frame);
      },
    },
    url !== null,
  );

  transportRef.current = {
    send: (text) => sendMessage(text, false),
    close: () => getWebSocket()?.close(),
  };

  useEffect(() => {
    store().setReadyState(readyState as SocketReadyState);
  }, [readyState, store]);

  return useMemo<SocketApi>(
    () => ({
      send: (frame) => session.send(frame),
      subscribe: (topic) => session.subscribe(topic),
      unsubscribe: (topic) => session.unsubscribe(topic),
      requestSnapshot: () => session.requestSnapshot(),
    }),
    [session],
  );
}
