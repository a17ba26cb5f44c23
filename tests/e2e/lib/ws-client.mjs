// A scripted WebSocket client (an Agent or a dashboard without a browser) that records every frame.
import WebSocket from 'ws';

export async function connect(url, token, { origin } = {}) {
  const socket = new WebSocket(`${url}?access_token=${encodeURIComponent(token)}`, { headers: origin ? { origin } : {} });
  const frames = [];
  const waiters = new Set();
  socket.on('message', (data) => {
    const frame = JSON.parse(data.toString());
    frames.push(frame);
    for (const w of [...waiters]) if (w.match(frame)) { waiters.delete(w); w.resolve(frame); }
  });
  await new Promise((ok, fail) => { socket.once('open', ok); socket.once('error', fail); socket.once('unexpected-response', (_, res) => fail(new Error(`HTTP ${res.statusCode}`))); });
  return {
    socket,
    frames,
    send: (frame) => socket.send(JSON.stringify(frame)),
    /** Resolves with the first frame (already received or future) that matches. */
    waitFor(match, timeoutMs = 10_000) {
      const seen = frames.find(match);
      if (seen) return Promise.resolve(seen);
      return new Promise((resolve, reject) => {
        const waiter = { match, resolve };
        waiters.add(waiter);
        setTimeout(() => { if (waiters.delete(waiter)) reject(new Error(`no matching frame within ${timeoutMs} ms; got types: ${frames.map((f) => f.type).join(',')}`)); }, timeoutMs);
      });
    },
    close: () => socket.close(),
  };
}
