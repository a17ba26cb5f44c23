// A scripted Agent that behaves like the real one under faults: every frame stays in an outbox until the
// gateway's `message_ack`; when the socket drops it reconnects (retrying while the gateway is down) and
// resends everything unacknowledged, in order. Duplicates this creates must be absorbed by the Brain.
// Given several gateway URLs it moves to the next one on every reconnect, as an Agent behind a load
// balancer lands on a surviving gateway.
import WebSocket from 'ws';

export function outboxAgent(wsUrl, token, { retryMs = 250 } = {}) {
  const urls = [].concat(wsUrl);
  let attempt = 0;
  const outbox = new Map(); // frame id -> serialised frame, insertion order = send order
  let socket = null;
  let open = false;
  let stopped = false;
  const stats = { connects: 0, resent: 0, acked: 0, errors: {} };

  function connectLoop() {
    if (stopped) return;
    const url = urls[attempt++ % urls.length];
    const ws = new WebSocket(`${url}?access_token=${encodeURIComponent(token)}`);
    socket = ws;
    ws.on('open', () => {
      open = true;
      stats.connects++;
      stats.url = url;
      if (stats.connects > 1) stats.resent += outbox.size;
      for (const text of outbox.values()) ws.send(text);
    });
    ws.on('message', (data) => {
      const frame = JSON.parse(data.toString());
      if (frame.type === 'message_ack' && outbox.delete(frame.payload?.id ?? frame.id)) stats.acked++;
      if (frame.type === 'system_error') stats.errors[frame.payload.code] = (stats.errors[frame.payload.code] ?? 0) + 1;
    });
    ws.on('error', () => { /* 'close' follows */ });
    ws.on('close', () => {
      open = false;
      if (!stopped) setTimeout(connectLoop, retryMs);
    });
  }
  connectLoop();

  return {
    stats,
    get pending() { return outbox.size; },
    get connected() { return open; },
    send(frame) {
      const text = JSON.stringify(frame);
      outbox.set(frame.id, text);
      if (open) socket.send(text);
    },
    stop() { stopped = true; socket?.terminate(); },
  };
}
