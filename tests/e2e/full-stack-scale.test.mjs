// Two replicas of every service on the real RabbitMQ and PostgreSQL: 20,000 live messages from 200 users
// (scripted Agents with outboxes, spread over both gateways) are all stored exactly once, in each user's
// order, although one replica of each service is killed (SIGKILL) halfway through sending. The survivors
// take over: the standby consumer of every partition queue the dead replica held, and the other gateway
// for the dead gateway's sockets (the Agents reconnect there and resend what was not acknowledged).
// SCALE_USERS / SCALE_PER_USER / SCALE_RATE change the load for a local run; the output names the values.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { startStack } from './lib/stack.mjs';
import { queueDepths } from './lib/infra.mjs';
import { postgres } from './lib/pg.mjs';
import { activeConsumers } from './lib/partition-owners.mjs';
import { ScaleTraffic, CHATS_PER_USER } from './lib/scale-traffic.mjs';
import { eventually } from './lib/agent-extension.mjs';

const USERS = Number(process.env.SCALE_USERS ?? 200);
const PER_USER = Number(process.env.SCALE_PER_USER ?? 100);
const RATE = Number(process.env.SCALE_RATE ?? 250); // frames per second over all Agents
const DEADLINE_MS = Number(process.env.SCALE_DEADLINE_MS ?? 20 * 60_000);
const PIPELINES = ['ingest', 'graph', 'enrichment'];
const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;

/** The replica of `service` that is the active consumer of most of `pipeline`'s partitions: the one to kill. */
async function busiestReplica(stack, service) {
  const owners = await activeConsumers(stack.vhost.name, service);
  const byPid = new Map();
  for (const pid of owners.values()) byPid.set(pid, (byPid.get(pid) ?? 0) + 1);
  const pids = stack.pids();
  const [instance] = stack.instances[service]
    .map((i) => [i, byPid.get(pids[i]) ?? 0])
    .sort((a, b) => b[1] - a[1])[0];
  return { instance, partitions: byPid.get(pids[instance]) ?? 0 };
}

describe(`Scale: 2 replicas of every service, ${USERS} users x ${PER_USER} messages, one replica of each killed`, () => {
  let stack, db, traffic;
  const killed = {};
  const t = {};

  before(async () => {
    // Warnings only: 20,000 messages of Information logs from eight processes would cost CPU the pipeline needs.
    stack = await startStack({ name: 'scale', replicas: 2, env: { Logging__LogLevel__Default: 'Warning' } });
    db = postgres(stack.database.url);
    traffic = new ScaleTraffic({ wsUrls: stack.wsUrls, token: stack.token, users: USERS, perUser: PER_USER, runId: randomUUID().slice(0, 6) });
    await eventually(() => traffic.allConnected, 60_000, 'every Agent connects');
  });

  after(async () => {
    traffic?.stop();
    await stack?.stop();
  });

  test('every message is stored once, in order, across kill -9 of one replica of each service', { timeout: DEADLINE_MS + 120_000 }, async () => {
    const deadline = Date.now() + DEADLINE_MS;
    const stored = () => db.count("SELECT count(*) FROM ingest.messages WHERE text_plain LIKE 'scale-%'");
    const projected = () => db.count("SELECT count(*) FROM graph.messages WHERE text LIKE 'scale-%'");
    console.log(`load: ${traffic.total} messages, ${USERS} users, ${RATE}/s offered, gateways ${stack.wsUrls.join(' ')}`);

    t.start = Date.now();
    let kills;
    await traffic.send(RATE, () => {
      kills = (async () => {
        // Kill the replica that holds partitions (a standby would prove nothing), all four at once.
        const busiest = await Promise.all(PIPELINES.map((service) => busiestReplica(stack, service)));
        PIPELINES.forEach((service, i) => { killed[service] = busiest[i]; });
        killed.gateway = { instance: stack.instances.gateway[0] };
        t.kill = Date.now();
        killed.storedBefore = await stored();
        await Promise.all(Object.values(killed).filter((k) => k.instance).map((k) => stack.stopService(k.instance, 'SIGKILL')));
        console.log(`killed at ${seconds(t.kill - t.start)} (${traffic.sent} sent, ${killed.storedBefore} stored): ${PIPELINES.map((s) => `${killed[s].instance} (active on ${killed[s].partitions} partitions)`).join(', ')}, ${killed.gateway.instance}`);
      })();
    });
    await kills;
    t.sent = Date.now();
    console.log(`all ${traffic.sent} handed to the Agents in ${seconds(t.sent - t.start)}`);

    await eventually(() => traffic.pending === 0, deadline - Date.now(), `every frame acknowledged (${traffic.pending} pending)`);
    t.acked = Date.now();
    let lastLog = 0;
    let progress = { n: -1, at: Date.now() };
    await eventually(async () => {
      const n = await stored();
      if (Date.now() - lastLog > 15_000) { lastLog = Date.now(); console.log(`  ${seconds(Date.now() - t.start)}: ingest ${n}/${traffic.total}`); }
      // A stall is a failure now, not at the deadline: nothing new stored for two minutes.
      if (n !== progress.n) progress = { n, at: Date.now() };
      assert.ok(Date.now() - progress.at < 120_000, `ingest stalled at ${n}/${traffic.total}`);
      return n >= traffic.total;
    }, deadline - Date.now(), 'ingest stores every message', 2_000); // psql every 2 s: polling must not eat the CPU the pipeline needs
    t.ingested = Date.now();
    await eventually(async () => (await projected()) >= traffic.total, deadline - Date.now(), 'the graph projects every message', 1_000);
    t.projected = Date.now();
    console.log(`acked after ${seconds(t.acked - t.start)}, in ingest after ${seconds(t.ingested - t.start)} (${(traffic.total / ((t.ingested - t.start) / 1000)).toFixed(0)}/s), in the graph after ${seconds(t.projected - t.start)}`);

    // Exactly once: one ingest row and one archived event per message, per user.
    const perUser = await db.rows(`SELECT user_id, count(*), count(DISTINCT text_plain) FROM ingest.messages WHERE text_plain LIKE 'scale-%' GROUP BY 1`);
    assert.equal(perUser.length, USERS, 'every user has messages');
    for (const [user, rows, distinct] of perUser) assert.deepEqual([Number(rows), Number(distinct)], [PER_USER, PER_USER], `${user}: rows, distinct markers`);
    const graphPerUser = await db.rows(`SELECT user_id, count(*) FROM graph.messages WHERE text LIKE 'scale-%' GROUP BY 1`);
    assert.ok(graphPerUser.every(([, n]) => Number(n) === PER_USER) && graphPerUser.length === USERS, 'the graph holds every message once');

    // Per-user order: ingest commits a partition's waiting inputs together (group commit), so the order is
    // that of the transactions: no message of a user may commit before one the user sent earlier. A row's
    // xmin is its inserting transaction; a resend that changes nothing keeps the first row (and its xmin).
    const archived = await db.rows(`SELECT user_id, substring(payload from 'scale-u[0-9]+-m([0-9]+)')::int, xmin::text::bigint
      FROM ingest.raw_events WHERE payload LIKE '%scale-u%'`);
    const byUser = new Map();
    for (const [user, k, xid] of archived) byUser.set(user, [...(byUser.get(user) ?? []), [Number(k), Number(xid)]]);
    assert.equal(byUser.size, USERS);
    const outOfOrder = [];
    for (const [user, rows] of byUser) {
      rows.sort((a, b) => a[0] - b[0]);
      const ks = rows.map(([k]) => k).join(',');
      if (ks !== Array.from({ length: PER_USER }, (_, k) => k).join(',')) outOfOrder.push(`${user}: archived ${ks.slice(0, 80)}`);
      const late = rows.findIndex(([, xid], i) => i > 0 && xid < rows[i - 1][1]);
      if (late > 0) outOfOrder.push(`${user}: m${late} committed before m${late - 1}`);
    }
    assert.deepEqual(outOfOrder, [], 'each user archived once, committed in send order');

    // The projection agrees: every chat counts its messages and ends with the user's last one to it.
    const chats = await db.rows(`SELECT user_id, chat_id, message_count, last_message_id FROM graph.conversations WHERE user_id LIKE 'scale-%'`);
    assert.equal(chats.length, USERS * CHATS_PER_USER);
    const wrongChats = chats.filter(([user, chat, count, last]) => {
      const u = traffic.users.indexOf(user);
      return Number(count) !== PER_USER / CHATS_PER_USER || last !== traffic.lastMessageOfChat[u].get(chat);
    });
    assert.deepEqual(wrongChats, [], 'graph conversations: count and newest message');

    // Takeover: the survivors are the active consumers of every partition; nothing was dead-lettered.
    for (const service of PIPELINES) {
      const owners = await activeConsumers(stack.vhost.name, service);
      const survivor = stack.pids()[stack.instances[service].find((i) => i !== killed[service].instance)];
      assert.equal(owners.size, 8, `${service}: every partition has an active consumer`);
      assert.ok([...owners.values()].every((pid) => pid === survivor), `${service}: the survivor holds every partition`);
    }
    const errors = (await queueDepths(stack.vhost.name)).filter((q) => q.name.endsWith('_error') && q.messages > 0);
    assert.deepEqual(errors.map((q) => `${q.name}: ${q.messages}`), [], 'no message dead-lettered');

    // The dead gateway's Agents reconnected to the other one and resent what had not been acknowledged.
    const moved = traffic.agents.filter((a, u) => traffic.firstUrl[u] === stack.wsUrls[0]);
    assert.ok(moved.every((a) => a.stats.connects >= 2 && a.stats.url === stack.wsUrls[1]), 'the killed gateway\'s Agents are on the other gateway');
    const resent = moved.reduce((n, a) => n + a.stats.resent, 0);
    console.log(`${moved.length} Agents moved gateway and resent ${resent} unacknowledged frames; total ${seconds(t.projected - t.start)}`);
  });
});
