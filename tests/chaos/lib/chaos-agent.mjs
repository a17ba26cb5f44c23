// A scripted Agent that delivers frames the way the real one does (agent/src/background/socket/courier.ts):
// every frame stays in an outbox until its `message_ack`; at most WINDOW frames in flight; after a
// reconnect, a retryable `system_error` (pause 1 s) or an ack timeout it resends everything unacked, in
// order (go-back-N). It can also cut its TCP connection in the middle of a WebSocket frame.
import { createRequire } from 'node:module';
import { randomBytes } from 'node:crypto';

const WebSocket = createRequire(new URL('../../e2e/package.json', import.meta.url))('ws');

const WINDOW = 64;
const ACK_TIMEOUT_MS = 30_000;
const RETRY_PAUSE_MS = 1_000;
// Codes the real Agent drops a frame on; here they are counted, since the chaos traffic is all valid.
const NEVER_ACCEPTED = new Set(['invalid_json', 'invalid_envelope', 'unknown_type', 'invalid_payload', 'forbidden', 'binary_not_supported']);

/** A masked client text frame (RFC 6455 5.2), so part of it can be written to the raw TCP socket. */
function maskedTextFrame(text) {
  const payload = Buffer.from(text);
  const length = payload.length;
  const header = length < 126 ? Buffer.from([0x81, 0x80 | length])
    : length < 65536 ? Buffer.from([0x81, 0x80 | 126, length >> 8, length & 0xff])
      : null;
  if (!header) throw new Error('frame too large for this helper');
  const mask = randomBytes(4);
  const masked = Buffer.from(payload.map((b, i) => b ^ mask[i % 4]));
  return Buffer.concat([header, mask, masked]);
}

/**
 * @param {string} wsUrl
 * @param {string} token
 * @param {{ random: () => number, onAck?: (id: string) => void }} options seeded jitter for reconnects
 */
export function chaosAgent(wsUrl, token, { random, onAck = () => {} }) {
  const outbox = new Map(); // frame id -> serialised frame; insertion order = send order
  const inflight = new Map(); // frame id -> sent at
  let socket = null;
  let online = false;
  let stopped = false;
  let paused = null;
  const stats = { connects: 0, resent: 0, acked: 0, errors: {}, refused: 0 };

  function pump() {
    if (!online || paused) return;
    for (const [id, text] of outbox) {
      if (inflight.size >= WINDOW) return;
      if (inflight.has(id)) continue;
      socket.send(text);
      inflight.set(id, Date.now());
    }
  }

  function rewind() {
    stats.resent += inflight.size;
    inflight.clear();
  }

  function pauseAndRewind(ms) {
    rewind();
    if (paused) return;
    paused = setTimeout(() => { paused = null; pump(); }, ms);
  }

  function connect() {
    if (stopped) return;
    const ws = new WebSocket(`${wsUrl}?access_token=${encodeURIComponent(token)}`);
    socket = ws;
    ws.on('open', () => {
      online = true;
      stats.connects++;
      if (stats.connects > 1) stats.resent += outbox.size; // everything unacked goes again
      inflight.clear();
      pump();
    });
    ws.on('message', (data) => {
      const frame = JSON.parse(data.toString());
      if (frame.type === 'message_ack') {
        const id = frame.payload?.id ?? frame.id;
        inflight.delete(id);
        if (outbox.delete(id)) { stats.acked++; onAck(id); }
        pump();
      } else if (frame.type === 'system_error') {
        const code = frame.payload.code;
        stats.errors[code] = (stats.errors[code] ?? 0) + 1;
        // Like the real Agent: an error about a frame no longer in flight (already rewound) changes nothing.
        if (!frame.id || !inflight.has(frame.id)) return;
        if (NEVER_ACCEPTED.has(code)) { stats.refused++; outbox.delete(frame.id); inflight.delete(frame.id); return; }
        pauseAndRewind(RETRY_PAUSE_MS);
      }
    });
    ws.on('error', () => { /* 'close' follows */ });
    ws.on('close', () => {
      if (socket !== ws) return;
      online = false;
      inflight.clear();
      // Jittered back-off like the real Agent, seeded so a run can be replayed.
      if (!stopped) setTimeout(connect, 200 + Math.floor(random() * 600));
    });
  }

  const timeouts = setInterval(() => {
    const oldest = Math.min(...inflight.values());
    if (online && inflight.size > 0 && Date.now() - oldest > ACK_TIMEOUT_MS) pauseAndRewind(0);
  }, 1000);
  connect();

  return {
    stats,
    get pending() { return outbox.size; },
    get connected() { return online; },
    send(frame) {
      outbox.set(frame.id, JSON.stringify(frame));
      pump();
    },
    /**
     * Queues `frame` like any other, but writes only the first part of its WebSocket frame to the TCP
     * socket and then destroys the socket: the gateway sees a truncated frame and a dead connection.
     * @returns {boolean} whether a connection was there to cut
     */
    cutMidFrame(frame) {
      const text = JSON.stringify(frame);
      outbox.set(frame.id, text);
      if (!online || paused) return false;
      const raw = socket._socket; // the ws library's net.Socket
      const bytes = maskedTextFrame(text);
      inflight.set(frame.id, Date.now());
      raw.write(bytes.subarray(0, Math.floor(bytes.length / 2)));
      raw.destroy();
      return true;
    },
    stop() {
      stopped = true;
      clearInterval(timeouts);
      if (paused) clearTimeout(paused);
      socket?.terminate();
    },
  };
}
