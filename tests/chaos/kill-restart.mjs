// The long fault tier: a steady stream of live messages for 50 users while each service process is
// killed with SIGKILL (one at a time, then two at once) and restarted. After each fault it checks
// PostgreSQL (ingest.messages) against what the Agents sent: every message exactly once.
// Prints per fault: sent / stored / duplicated / lost, and the time until the pipeline flowed again.
import { execFileSync } from 'node:child_process';
import { startStack } from '../e2e/lib/stack.mjs';
import { queueDepths } from '../e2e/lib/infra.mjs';
import { outboxAgent } from '../e2e/lib/faults-agent.mjs';
import { snapshotEvents, snapshotFrames, fanMessageFrame } from '../e2e/lib/bridge-fixtures.mjs';

const USERS = Number(process.env.CHAOS_USERS ?? 50);
const EVERY_MS = Number(process.env.CHAOS_EVERY_MS ?? 1000); // per user: 50 users -> 50 msgs/s
const STEADY_MS = 5_000;
const DOWN_MS = 3_000;
const RECOVER_TIMEOUT_MS = 120_000;
const PHASE_DRAIN_MS = 30_000;
const DEADLINE = Date.now() + Number(process.env.CHAOS_BUDGET_MS ?? 9 * 60_000);
const FAULTS = (process.env.CHAOS_FAULTS ?? 'gateway,ingest,graph,enrichment,gateway+ingest').split(',');

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const user = (u) => `chaos-${u}`;

function sql(databaseUrl, query) {
  const url = new URL(databaseUrl);
  return execFileSync('psql', ['-h', url.hostname, '-p', url.port || '5432', '-U', decodeURIComponent(url.username), '-d', url.pathname.slice(1), '-qtAF', '\t', '-c', query], {
    env: { ...process.env, PGPASSWORD: decodeURIComponent(url.password) }, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024,
  }).trim().split('\n').filter(Boolean).map((line) => line.split('\t'));
}

/** Stored chaos messages: marker -> number of rows (a marker is unique per sent message). */
function storedMarkers(databaseUrl) {
  const rows = sql(databaseUrl, "SELECT user_id, substring(text_plain from 'chaos-m-[0-9]+-[0-9]+'), count(*) FROM ingest.messages WHERE text_plain LIKE '%chaos-m-%' GROUP BY 1, 2");
  const counts = new Map();
  for (const [, marker, n] of rows) counts.set(marker, (counts.get(marker) ?? 0) + Number(n));
  return counts;
}

const stack = await startStack({ name: 'chaos' });

/** Per fault, from PostgreSQL as it is now: sent / stored / duplicated / lost and the time to recover. */
function report() {
  if (results.length) return;
  const stored = storedMarkers(stack.database.url);
  for (const phase of phases) {
    const mine = sent.slice(phase.from, phase.to);
    const storedCount = mine.filter((m) => stored.has(m.marker)).length;
    const duplicated = mine.filter((m) => (stored.get(m.marker) ?? 0) > 1).length;
    const result = { ...phase, sent: mine.length, stored: storedCount, duplicated, lost: mine.length - storedCount };
    results.push(result);
    console.log(`chaos: ${result.fault}: sent ${result.sent} / stored ${result.stored} / duplicated ${result.duplicated} / lost ${result.lost}; time to recover ${result.recoveredMs ?? 'never'} ms (process healthy again after ${result.restartedMs} ms)`);
  }
  console.log(`chaos: ${agents.reduce((n, a) => n + a.pending, 0)} frames still unacknowledged in the Agents' outboxes`);
}

/** Frames confirmed by the broker but not yet consumed: "not stored" while these remain is a backlog, not a loss. */
async function reportBacklog() {
  const queues = await queueDepths(stack.vhost.name);
  const backlog = queues.filter((q) => /^ingest-p\d+$/.test(q.name)).reduce((n, q) => n + (q.messages ?? 0), 0);
  console.log(`chaos: ${backlog} captured-traffic messages still queued in ingest-p* (a backlog, not lost, if it covers the unstored ones)`);
}

// Out of time (run.sh's timeout): report what is known, leave no processes, vhost or database behind.
process.once('SIGTERM', () => {
  console.log('chaos: out of time');
  try { report(); } catch (error) { console.log(`chaos: no report: ${error.message}`); }
  reportBacklog().catch(() => {}).finally(() => stack.stop().finally(() => process.exit(1)));
});

/** The harness allows 60 s to become healthy; a loaded box may need longer after a kill -9, so keep waiting. */
async function restart(service) {
  try {
    await stack.startService(service);
  } catch (error) {
    console.log(`chaos: ${service}: ${error.message}; waiting longer`);
    const url = `http://127.0.0.1:${stack.ports[service]}/health`;
    const until = Date.now() + 120_000;
    while (Date.now() < until) {
      if (await fetch(url).then((r) => r.ok, () => false)) return;
      await sleep(500);
    }
    throw error;
  }
}
console.log(`chaos: stack up (vhost ${stack.vhost.name}, database ${stack.database.name}); ${USERS} users, one message per user every ${EVERY_MS} ms`);
const agents = Array.from({ length: USERS }, (_, u) => outboxAgent(stack.wsUrl, stack.token(user(u), 'agent')));
const sent = []; // {marker, at}
let seq = 0;
let streaming = false;
let running = true;
const results = [];
const phases = [];

try {
  // Each user's creator identity and chats first, so live messages have a known creator.
  for (const [u, agent] of agents.entries()) {
    for (const frame of snapshotFrames(snapshotEvents(5), { chunks: 1, snapshotId: `chaos-snap-${u}` })) agent.send(frame);
  }

  const stream = (async () => {
    while (running) {
      if (!streaming) { await sleep(50); continue; }
      const started = Date.now();
      for (const [u, agent] of agents.entries()) {
        const marker = `chaos-m-${u}-${seq}`;
        const frame = fanMessageFrame(seq % 5, `<p>${marker}</p>`);
        agent.send(frame);
        sent.push({ marker, at: Date.now() });
      }
      seq++;
      await sleep(Math.max(0, EVERY_MS - (Date.now() - started)));
    }
  })();

  for (const fault of FAULTS) {
    const longest = Math.max(60_000, ...phases.map((p) => p.ms));
    if (Date.now() + longest > DEADLINE - 30_000) { console.log(`chaos: skipping ${fault}: not enough of the 10-minute budget left`); continue; }
    const phaseStarted = Date.now();
    const services = fault.split('+');
    const from = sent.length;
    streaming = true;
    await sleep(STEADY_MS);
    const killedAt = Date.now();
    const firstAfterKill = sent.length;
    for (const s of services) await stack.stopService(s, 'SIGKILL');
    await sleep(DOWN_MS);
    for (const s of services) await restart(s);
    const restartedMs = Date.now() - killedAt;
    // Recovered: a message created after the kill is stored, i.e. the whole path flows again.
    let recoveredMs = null;
    const deadline = Date.now() + RECOVER_TIMEOUT_MS;
    while (recoveredMs === null && Date.now() < deadline) {
      const stored = storedMarkers(stack.database.url);
      if (sent.slice(firstAfterKill).some((m) => stored.has(m.marker))) recoveredMs = Date.now() - killedAt;
      else await sleep(250);
    }
    await sleep(STEADY_MS);
    streaming = false;
    await sleep(EVERY_MS);
    const to = sent.length;
    // Let the outboxes empty (every frame confirmed by the broker) before the next fault; what is still
    // queued is counted at the end, after the final drain.
    const drainUntil = Date.now() + PHASE_DRAIN_MS;
    while (Date.now() < drainUntil && agents.some((a) => a.pending > 0)) await sleep(250);
    phases.push({ fault: `kill -9 ${fault}`, from, to, restartedMs, recoveredMs, ms: Date.now() - phaseStarted });
    console.log(`chaos: kill -9 ${fault}: ${to - from} sent; restarted in ${restartedMs} ms, flowing again after ${recoveredMs ?? 'never'} ms`);
  }
  streaming = false;
  running = false;
  await stream;

  // Final drain: every outbox empty and every sent message stored (or the budget spent).
  let stored = storedMarkers(stack.database.url);
  const drainedFrom = Date.now();
  while (Date.now() < DEADLINE && (agents.some((a) => a.pending > 0) || sent.some((m) => !stored.has(m.marker)))) {
    await sleep(1000);
    stored = storedMarkers(stack.database.url);
  }
  console.log(`chaos: final drain took ${Date.now() - drainedFrom} ms`);
  report();
  await reportBacklog();
} finally {
  running = false;
  for (const agent of agents) agent.stop();
  const resent = agents.reduce((n, a) => n + a.stats.resent, 0);
  const errors = {};
  for (const a of agents) for (const [code, n] of Object.entries(a.stats.errors)) errors[code] = (errors[code] ?? 0) + n;
  console.log(`chaos: agents resent ${resent} unacknowledged frames after reconnects; system_error codes ${JSON.stringify(errors)}`);
  const queues = await queueDepths(stack.vhost.name);
  const errorQueues = queues.filter((q) => q.name.endsWith('_error') && q.messages > 0).map((q) => `${q.name}=${q.messages}`);
  console.log(`chaos: error queues ${errorQueues.length ? errorQueues.join(', ') : 'empty'}`);
  if (!process.env.CHAOS_KEEP) await stack.stop();
}

const failed = results.filter((r) => r.lost > 0 || r.duplicated > 0 || r.recoveredMs === null);
console.log(`chaos: ${results.length - failed.length} passed, ${failed.length} failed`);
process.exit(failed.length > 0 || results.length === 0 ? 1 : 0);
