// Which process is the single active consumer of each partition queue: RabbitMQ's management API names
// the consumer's client port, `ss` names the local process that owns that port. Lets a test kill the
// replica that really holds partitions (killing a standby would prove nothing about a takeover).
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);
const rabbitUrl = new URL(process.env.RABBITMQ_URL ?? 'amqp://guest:guest@127.0.0.1:5672/');
const managementUrl = process.env.RABBITMQ_MANAGEMENT_URL ?? `http://${rabbitUrl.hostname}:15672/`;
const auth = 'Basic ' + Buffer.from(`${decodeURIComponent(rabbitUrl.username || 'guest')}:${decodeURIComponent(rabbitUrl.password || 'guest')}`).toString('base64');

/** Local TCP port -> pid, for this machine's connections to the broker. */
async function brokerClientPids() {
  const { stdout } = await run('ss', ['-tnpH', `( dport = :${rabbitUrl.port || 5672} )`]);
  const pids = new Map();
  for (const line of stdout.split('\n')) {
    const match = /\S+:(\d+)\s+\S+:\d+\s+users:\(\(".*?",pid=(\d+)/.exec(line);
    if (match) pids.set(Number(match[1]), Number(match[2]));
  }
  return pids;
}

/** Partition queue (`ingest-p3`, ...) -> pid of its active consumer, for the queues of `pipeline`. */
export async function activeConsumers(vhost, pipeline) {
  const response = await fetch(new URL(`api/consumers/${encodeURIComponent(vhost)}`, managementUrl), { headers: { authorization: auth } });
  if (!response.ok) throw new Error(`RabbitMQ management consumers: ${response.status}`);
  const pids = await brokerClientPids();
  const pattern = new RegExp(`^${pipeline}-p\\d+$`);
  const owners = new Map();
  for (const c of await response.json()) {
    if (!pattern.test(c.queue?.name ?? '')) continue;
    if (c.activity_status !== 'single_active' && c.active !== true) continue;
    owners.set(c.queue.name, pids.get(c.channel_details?.peer_port) ?? null);
  }
  return owners;
}
