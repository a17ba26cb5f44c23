// The fault catalogue. Each fault is injected while the stream flows; `inject` returns once the fault is
// over (processes restarted, broker or database back) with what it wants printed.
import { privateInfra } from './lib/private-infra.mjs';
import { pick } from './lib/random.mjs';

const DOWN_MS = 3_000; // a killed process stays dead this long before it is restarted
const OUTAGE_MS = 20_000; // the broker and the database stay stopped this long
const CUT_USERS = 25; // sockets cut mid-frame (one per chosen user)
const SNAPSHOT = { users: 10, chats: 400, chunks: 8 }; // the gateway restarts when one of these is half acked

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

function kill(...services) {
  return {
    name: `kill -9 ${services.join('+')}`,
    async inject({ stack, restart }) {
      await Promise.all(services.map((s) => stack.stopService(s, 'SIGKILL'))); // at once, not one after the other
      await sleep(DOWN_MS);
      await Promise.all(services.map((s) => restart(s)));
      return '';
    },
  };
}

/** Stopped, down for OUTAGE_MS, started again (and ready); says how long stopping and starting took. */
async function outage(stop, start) {
  let at = Date.now();
  await stop();
  const stopMs = Date.now() - at;
  await sleep(OUTAGE_MS);
  at = Date.now();
  await start();
  return `stopping took ${stopMs} ms, starting until ready ${Date.now() - at} ms`;
}

const rabbitmq = {
  name: 'RabbitMQ stopped 20 s',
  needsPrivateInfra: true,
  async inject() {
    return outage(privateInfra.stopBroker, privateInfra.startBroker);
  },
};

const postgres = {
  name: 'PostgreSQL stopped 20 s',
  needsPrivateInfra: true,
  async inject() {
    return outage(privateInfra.stopDatabase, privateInfra.startDatabase);
  },
};

/** Seeded users each get their next live message cut in half on the wire, spread over five seconds. */
const socketCut = {
  name: 'agent sockets cut mid-frame',
  async inject({ agents, traffic, random }) {
    const users = pick(agents.map((_, u) => u), CUT_USERS, random);
    let cut = 0;
    for (const u of users) {
      await sleep(Math.floor(random() * 400));
      if (agents[u].cutMidFrame(traffic.liveFrame(u))) cut++;
    }
    return `${cut} connections cut inside a frame`;
  },
};

/**
 * Seeded users send a chunked snapshot; on the first snapshot's half-way ack `service` is stopped with
 * `signal` and started again: the gateway with SIGTERM (as a deploy restarts it; the Agents resend the
 * unacked chunks), ingest with SIGKILL (acked chunks are in its queue or in the batch it was applying:
 * redelivered, applied once, and the snapshot completes).
 */
function restartMidSnapshot(service, signal) {
  return {
    name: `${service} ${signal === 'SIGKILL' ? 'kill -9' : 'restart'} mid-snapshot`,
    async inject({ stack, agents, traffic, random, onAck, restart }) {
      const users = pick(agents.map((_, u) => u), SNAPSHOT.users, random);
      const acked = new Map(); // snapshot id -> chunks acked
      let stopping = null;
      let progress = '';
      const stopped = new Promise((resolve) => {
        onAck((id) => {
          const match = /^(chaos-snap-\d+-\d+)-\d+$/.exec(id);
          if (!match || stopping) return;
          acked.set(match[1], (acked.get(match[1]) ?? 0) + 1);
          if (acked.get(match[1]) < SNAPSHOT.chunks / 2) return;
          // Synchronously inside the ack: the rest of this snapshot is still unsent or in flight.
          stopping = stack.stopService(service, signal);
          progress = [...acked.values()].join(',');
          resolve();
        });
      });
      const at = Date.now();
      for (const u of users) {
        for (const frame of traffic.snapshot(u, { ...SNAPSHOT, snapshotId: `chaos-snap-${u}-${at}` })) agents[u].send(frame);
      }
      await stopped;
      await stopping;
      if (signal === 'SIGKILL') await sleep(DOWN_MS);
      await restart(service);
      return `${SNAPSHOT.users} snapshots of ${SNAPSHOT.chunks} chunks; ${service} stopped with chunks acked ${progress}`;
    },
  };
}

export const FAULTS = {
  gateway: kill('gateway'),
  ingest: kill('ingest'),
  graph: kill('graph'),
  enrichment: kill('enrichment'),
  'gateway+ingest': kill('gateway', 'ingest'),
  rabbitmq,
  postgres,
  'socket-cut': socketCut,
  'snapshot-restart': restartMidSnapshot('gateway', 'SIGTERM'),
  'ingest-snapshot': restartMidSnapshot('ingest', 'SIGKILL'),
};
