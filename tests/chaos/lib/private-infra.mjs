// Stops and starts the chaos tier's OWN RabbitMQ node and PostgreSQL cluster (private-infra.sh, started by
// run.sh into CHAOS_INFRA_DIR). Without that directory the broker and database faults are skipped: the
// shared ones must never be stopped.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);
const script = new URL('../private-infra.sh', import.meta.url).pathname;
const dir = process.env.CHAOS_INFRA_DIR;

async function infra(command) {
  if (!dir) throw new Error('no private infrastructure (CHAOS_INFRA_DIR unset): run through tests/chaos/run.sh');
  await run(script, [command, dir], { timeout: 120_000 });
}

export const privateInfra = {
  available: Boolean(dir),
  stopBroker: () => infra('rabbitmq-stop'),
  startBroker: () => infra('rabbitmq-start'),
  stopDatabase: () => infra('postgres-stop'),
  startDatabase: () => infra('postgres-start'),
};
