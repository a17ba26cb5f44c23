// Probes for fault tests: the pid and memory of a service the harness started, a windowed frame pump
// that counts the gateway's answers, and a heartbeat socket that proves valid traffic keeps flowing.
import { readdirSync, readFileSync } from 'node:fs';

const ANSWERS = new Set(['system_error', 'message_ack', 'pong']);

/** The pid of `Platform.{Assembly}.dll` that this test process spawned (the harness runs `dotnet X.dll`). */
export function childPid(assembly) {
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (ppid === process.pid && readFileSync(`/proc/${entry}/cmdline`, 'utf8').includes(`${assembly}.dll`)) return Number(entry);
    } catch { /* the process went away */ }
  }
  throw new Error(`no ${assembly} process started by this test`);
}

export function alive(pid) {
  try { return !readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].startsWith('Z'); } catch { return false; }
}

/** Resident memory in MB (VmRSS). */
export function rssMb(pid) {
  const line = readFileSync(`/proc/${pid}/status`, 'utf8').split('\n').find((l) => l.startsWith('VmRSS:'));
  return Number(line.replace(/\D+/g, '')) / 1024;
}

/** Samples RSS until stopped; `peak` and `samples` for the report. */
export function sampleRss(pid, everyMs = 100) {
  const state = { peak: rssMb(pid), samples: 0 };
  const timer = setInterval(() => {
    try { state.peak = Math.max(state.peak, rssMb(pid)); state.samples++; } catch { /* exited: asserted elsewhere */ }
  }, everyMs);
  return { state, stop: () => clearInterval(timer) };
}

/** Counts the answers a client socket gets (system_error by code, acks, pongs) and whether it closed. */
export function answerCounter(client) {
  const counts = { answers: 0, byType: {}, errorCodes: {}, closed: null, inOrder: [] };
  const waiters = [];
  client.socket.on('message', (data) => {
    const frame = JSON.parse(data.toString());
    if (!ANSWERS.has(frame.type)) return;
    counts.answers++;
    counts.inOrder.push(frame.type === 'system_error' ? frame.payload.code : frame.type);
    counts.byType[frame.type] = (counts.byType[frame.type] ?? 0) + 1;
    if (frame.type === 'system_error') counts.errorCodes[frame.payload.code] = (counts.errorCodes[frame.payload.code] ?? 0) + 1;
    while (waiters.length && waiters[0].n <= counts.answers) waiters.shift().resolve();
  });
  client.socket.on('close', (code) => {
    counts.closed = code;
    for (const w of waiters.splice(0)) w.reject(new Error(`socket closed with ${code} after ${counts.answers} answers`));
  });
  const until = (n, timeoutMs) => n <= counts.answers ? Promise.resolve() : new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`only ${counts.answers} of ${n} answers within ${timeoutMs} ms`)), timeoutMs);
    waiters.push({ n, resolve: () => { clearTimeout(timer); resolve(); }, reject: (e) => { clearTimeout(timer); reject(e); } });
  });
  return { counts, until };
}

/** Sends frames keeping at most `window` unanswered, so the gateway's outbound queue never overflows. */
export async function pump(client, counter, frames, { window = 64, timeoutMs = 30_000, alreadySent = 0 } = {}) {
  let sent = alreadySent;
  for (const frame of frames) {
    if (sent - counter.counts.answers >= window) await counter.until(sent - window + 1, timeoutMs);
    client.socket.send(frame.data, { binary: Boolean(frame.binary) });
    sent++;
  }
  await counter.until(sent, timeoutMs);
  return sent;
}

/** Pings on its own socket until stopped; every ping must get its pong. */
export function heartbeat(client, everyMs = 50, timeoutMs = 5_000) {
  const state = { sent: 0, answered: 0, maxMs: 0, failures: [] };
  let running = true;
  const done = (async () => {
    while (running) {
      const id = `hb-${state.sent++}`;
      const started = Date.now();
      const pong = client.waitFor((f) => f.type === 'pong' && f.id === id, timeoutMs);
      client.send({ type: 'ping', id, payload: { clientTime: started } });
      try {
        await pong;
        state.answered++;
        state.maxMs = Math.max(state.maxMs, Date.now() - started);
      } catch (error) {
        state.failures.push(error.message);
      }
      await new Promise((r) => setTimeout(r, everyMs));
    }
  })();
  return { state, stop: async () => { running = false; await done; } };
}

/** Polls `check` (async, truthy = done) until it holds; fails with `because` after `timeoutMs`. */
export async function eventually(check, timeoutMs, because) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const result = await check();
    if (result) return result;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`timed out after ${timeoutMs} ms: ${because}`);
}
