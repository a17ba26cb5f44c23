// What the gateway published, seen on the broker through RabbitMQ's management API: a probe queue
// bound to a pipeline exchange on every partition key. Also injects outbound frames for the Agent.
const rabbitUrl = new URL(process.env.RABBITMQ_URL ?? 'amqp://guest:guest@127.0.0.1:5672/');
const managementUrl = process.env.RABBITMQ_MANAGEMENT_URL ?? `http://${rabbitUrl.hostname}:15672/`;
const auth = 'Basic ' + Buffer.from(`${decodeURIComponent(rabbitUrl.username || 'guest')}:${decodeURIComponent(rabbitUrl.password || 'guest')}`).toString('base64');
const PARTITIONS = 8;

async function management(method, path, body) {
  const response = await fetch(new URL(path, managementUrl), { method, headers: { authorization: auth, 'content-type': 'application/json' }, body: body ? JSON.stringify(body) : undefined });
  if (!response.ok) throw new Error(`RabbitMQ management ${method} ${path}: ${response.status} ${await response.text()}`);
  return response.status === 204 || response.status === 201 ? null : response.json();
}

/**
 * A queue receiving every message sent to exchange `platform.{pipeline}` (durable direct, as the
 * services declare it). `take()` drains it and returns the MassTransit messages seen so far.
 */
export async function probePipeline(vhost, pipeline) {
  const v = encodeURIComponent(vhost);
  const exchange = `platform.${pipeline}`;
  const queue = `agent-probe-${pipeline}`;
  await management('PUT', `api/exchanges/${v}/${exchange}`, { type: 'direct', durable: true, auto_delete: false, internal: false, arguments: {} });
  await management('PUT', `api/queues/${v}/${queue}`, { durable: true, auto_delete: false, arguments: {} });
  for (let p = 0; p < PARTITIONS; p++) await management('POST', `api/bindings/${v}/e/${exchange}/q/${queue}`, { routing_key: `p${p}`, arguments: {} });
  const seen = [];
  return {
    seen,
    async take() {
      const got = await management('POST', `api/queues/${v}/${queue}/get`, { count: 5000, ackmode: 'ack_requeue_false', encoding: 'auto', truncate: 50_000_000 });
      for (const m of got) seen.push(JSON.parse(m.payload).message);
      return seen;
    },
  };
}

/** Publishes an outbound frame for the user's Agents, as the Brain's IOutboundPublisher does. */
export async function publishToAgents(vhost, userId, frame) {
  const result = await management('POST', `api/exchanges/${encodeURIComponent(vhost)}/platform.outbound/publish`, {
    routing_key: userId,
    payload: JSON.stringify(frame),
    payload_encoding: 'string',
    properties: { headers: { 'x-user': userId, 'x-audience': 'Agents' }, content_type: 'application/json' },
  });
  if (!result?.routed) throw new Error(`outbound frame for ${userId} was not routed (is the Agent connected?)`);
}
