// The chaos stack's broker as seen through the management API: error queues with the reason the consumer
// logged (so a non-empty one is explained, not just counted), and backlogs (not stored yet is not lost).
import { openSync, readSync, fstatSync, closeSync } from 'node:fs';
import { resolve } from 'node:path';
import { queueDepths } from '../../e2e/lib/infra.mjs';
import { ARTIFACTS } from '../../e2e/lib/stack.mjs';

/** The reasons of the last consumer faults (MassTransit's R-FAULT log lines) in a service's log. */
function faultsLogged(service, since) {
  let text = '';
  try {
    const fd = openSync(resolve(ARTIFACTS, `chaos-${service}.log`), 'r');
    const size = fstatSync(fd).size;
    const length = Math.min(size, 8 * 1024 * 1024);
    const buffer = Buffer.alloc(length);
    readSync(fd, buffer, 0, length, size - length);
    closeSync(fd);
    text = buffer.toString('utf8');
  } catch { return []; }
  const reasons = new Set();
  for (const line of text.split('\n')) {
    if (!line.includes('R-FAULT')) continue;
    try {
      const entry = JSON.parse(line);
      if (new Date(entry.Timestamp.trim()) < since) continue;
      reasons.add(`${service} log: ${String(entry.Exception ?? '').split('\n')[0].slice(0, 200)}`);
    } catch { /* a partial line */ }
  }
  return [...reasons].slice(0, 3);
}

/**
 * Non-empty `_error` queues: [{queue, messages, reasons}], the reasons from the consuming service's log
 * since `since` (the management API refuses to peek at MassTransit's fault headers: HTTP 400).
 */
export async function errorQueues(vhost, since) {
  const queues = (await queueDepths(vhost)).filter((q) => q.name.endsWith('_error') && q.messages > 0);
  return Promise.all(queues.map(async (q) => {
    const reasons = new Set();
    for (const r of faultsLogged(q.name.replace(/-p\d+_error$/, ''), since)) reasons.add(r);
    return { queue: q.name, messages: q.messages, reasons: [...reasons] };
  }));
}

/** Messages waiting in a pipeline's partition queues (a backlog still being worked off). */
export async function backlog(vhost, pipeline) {
  const pattern = new RegExp(`^${pipeline}-p\\d+$`);
  return (await queueDepths(vhost)).filter((q) => pattern.test(q.name)).reduce((n, q) => n + (q.messages ?? 0), 0);
}
