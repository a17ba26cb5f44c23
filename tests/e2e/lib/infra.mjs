// Isolation on the shared RabbitMQ and PostgreSQL: a virtual host and a database per stack.
import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';

const rabbitUrl = new URL(process.env.RABBITMQ_URL ?? 'amqp://guest:guest@127.0.0.1:5672/');
const managementUrl = process.env.RABBITMQ_MANAGEMENT_URL ?? `http://${rabbitUrl.hostname}:15672/`;
const postgresUrl = new URL(process.env.POSTGRES_URL ?? 'postgres://platform:platform@127.0.0.1:5432/platform');
const auth = 'Basic ' + Buffer.from(`${decodeURIComponent(rabbitUrl.username || 'guest')}:${decodeURIComponent(rabbitUrl.password || 'guest')}`).toString('base64');

async function management(method, path, body) {
  const response = await fetch(new URL(path, managementUrl), {
    method,
    headers: { authorization: auth, 'content-type': 'application/json' },
    body: body ? JSON.stringify(body) : undefined,
  });
  if (!response.ok && response.status !== 404) throw new Error(`RabbitMQ management ${method} ${path}: ${response.status}`);
  return response;
}

export async function createVhost() {
  const name = `e2e-${randomUUID().slice(0, 12)}`;
  await management('PUT', `api/vhosts/${name}`);
  await management('PUT', `api/permissions/${name}/${encodeURIComponent(decodeURIComponent(rabbitUrl.username || 'guest'))}`, { configure: '.*', write: '.*', read: '.*' });
  const url = new URL(rabbitUrl);
  url.pathname = `/${name}`;
  return { name, url: url.toString(), remove: () => management('DELETE', `api/vhosts/${name}`) };
}

export async function queueDepths(vhost) {
  const response = await management('GET', `api/queues/${encodeURIComponent(vhost)}`);
  return response.ok ? response.json() : [];
}

function psql(sql) {
  execFileSync('psql', ['-h', postgresUrl.hostname, '-p', postgresUrl.port || '5432', '-U', decodeURIComponent(postgresUrl.username), '-d', postgresUrl.pathname.slice(1), '-qtAc', sql], {
    env: { ...process.env, PGPASSWORD: decodeURIComponent(postgresUrl.password) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

export function createDatabase() {
  const name = `e2e_${randomUUID().replaceAll('-', '').slice(0, 12)}`;
  psql(`CREATE DATABASE "${name}"`);
  const url = new URL(postgresUrl);
  url.pathname = `/${name}`;
  return { name, url: url.toString(), remove: () => psql(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`) };
}
