// One fault, end to end: stream steadily, inject, measure when the pipeline flows again and when it has
// caught up, stream on, then drain and check the dashboards and the error queues.
import { dashboardProblems } from './dashboard.mjs';
import { backlog, errorQueues } from './broker.mjs';

const STEADY_MS = 3_000; // stream this long before the fault (after it, the catch-up wait streams on)
const CATCH_UP_MS = 60_000; // a backlog after the fault must be worked off within this
const DRAIN_MS = 45_000; // after the stream stops: every message of the phase in ingest, graph and enrichment
const LATENCY_MS = 2_000; // "caught up": every message older than this is in the graph

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Polls `condition` (errors count as "not yet": the database may be the thing that is down). */
export async function until(condition, timeoutMs, everyMs = 500) {
  const started = Date.now();
  while (Date.now() - started < timeoutMs) {
    if (await condition().catch(() => false)) return Date.now() - started;
    await sleep(everyMs);
  }
  return null;
}

/** @param {{stack, db, agents, traffic, random, restart, ackListeners: Set<Function>, userIdOf: (u: number) => string}} ctx */
export async function runPhase(fault, ctx) {
  const { stack, db, agents, traffic } = ctx;
  const result = { name: fault.name, recoveredMs: null, caughtUpMs: null, dashboardProblems: [] };
  const from = traffic.sent.length;
  traffic.start(fault.name);
  await sleep(STEADY_MS);

  const injectedAt = Date.now();
  result.note = await fault.inject({ ...ctx, onAck: (listener) => ctx.ackListeners.add(listener) });
  ctx.ackListeners.clear();
  result.backMs = Date.now() - injectedAt;

  // Flowing again: a message sent after the fault began has reached the graph (the end of the main path).
  // Caught up: every message of this phase older than LATENCY_MS has, i.e. any backlog is worked off.
  await until(async () => {
    const graph = await db.graphMarkers();
    const now = Date.now();
    const mine = traffic.sent.slice(from);
    if (result.recoveredMs === null && mine.some((m) => m.at >= injectedAt && graph.has(m.marker))) result.recoveredMs = now - injectedAt;
    if (result.recoveredMs === null || !mine.every((m) => m.at > now - LATENCY_MS || graph.has(m.marker))) return false;
    result.caughtUpMs = now - injectedAt;
    return true;
  }, CATCH_UP_MS, 1000);
  // Not caught up in time: how much is still queued for ingest says whether it is a backlog or a loss.
  if (result.caughtUpMs === null) result.ingestBacklog = await backlog(stack.vhost.name, 'ingest').catch(() => null);

  traffic.stop();
  result.drainedMs = await until(async () => {
    if (agents.some((a) => a.pending > 0)) return false;
    const graph = await db.graphMarkers();
    return traffic.sent.slice(from).every((m) => graph.get(m.marker)?.enriched);
  }, DRAIN_MS, 1000);

  const checking = Date.now();
  result.dashboardProblems = await dashboardProblems(stack, traffic, ctx.userIdOf);
  result.checkMs = Date.now() - checking;
  result.errorQueues = await errorQueues(stack.vhost.name, new Date(injectedAt)).catch((e) => [{ queue: '?', messages: 0, reasons: [e.message] }]);
  return result;
}
