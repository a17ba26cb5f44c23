// Starts the real platform for a test: each service as its own process (the Release build that
// ./platform test makes), in a RabbitMQ virtual host and a PostgreSQL database of its own.
import { spawn, execFileSync } from 'node:child_process';
import { createServer } from 'node:net';
import { createWriteStream, existsSync, mkdirSync } from 'node:fs';
import { resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createVhost, createDatabase } from './infra.mjs';
import { makeToken, TEST_SIGNING_KEY } from './token.mjs';
import { serveStatic } from './static-server.mjs';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
export const ARTIFACTS = resolve(ROOT, '.platform/test-results/e2e');
const ASSEMBLIES = { gateway: 'Platform.Gateway', ingest: 'Platform.Ingest', graph: 'Platform.Graph', enrichment: 'Platform.Enrichment' };

export async function freePort() {
  return new Promise((ok, fail) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => { const { port } = server.address(); server.close(() => ok(port)); });
    server.on('error', fail);
  });
}

function dllOf(name) {
  return resolve(ROOT, `services/${name}/bin/Release/net10.0/${ASSEMBLIES[name]}.dll`);
}

function ensureBuilt(names) {
  if (names.every((n) => existsSync(dllOf(n)))) return;
  execFileSync('dotnet', ['build', resolve(ROOT, 'Platform.sln'), '-c', 'Release', '-nologo', '-v', 'q'], { stdio: 'inherit' });
}

async function waitHealthy(url, process, name, timeoutMs = 120_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (process.exitCode !== null) throw new Error(`${name} exited with ${process.exitCode} (logs in ${ARTIFACTS})`);
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch { /* not listening yet */ }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${name} not healthy at ${url} within ${timeoutMs} ms`);
}

/**
 * @param {{services?: string[], bridgeWeb?: boolean, env?: Record<string,string>, name?: string}} options
 */
export async function startStack({ services = ['gateway', 'ingest', 'graph', 'enrichment'], bridgeWeb = false, env = {}, name = 'stack' } = {}) {
  ensureBuilt(services);
  mkdirSync(ARTIFACTS, { recursive: true });
  const vhost = await createVhost();
  const database = createDatabase();
  const ports = {};
  for (const service of [...services, 'bridge-web']) ports[service] = await freePort();
  let web = null;
  if (bridgeWeb) web = await serveStatic(resolve(ROOT, 'services/bridge-web/dist'), ports['bridge-web']);

  const gatewayUrl = `http://127.0.0.1:${ports.gateway}`;
  const baseEnv = {
    ...process.env,
    ASPNETCORE_ENVIRONMENT: 'Development',
    RABBITMQ_URL: vhost.url,
    POSTGRES_URL: database.url,
    PLATFORM_SIGNING_KEY: TEST_SIGNING_KEY,
    Gateway__AllowedOrigins__0: gatewayUrl,
    Gateway__AllowedOrigins__1: `http://localhost:${ports.gateway}`,
    Gateway__AllowAnyExtension: 'true',
    'ReverseProxy__Clusters__bridge-web__Destinations__web__Address': `http://127.0.0.1:${ports['bridge-web']}/`,
    ...env,
  };
  for (const service of ['graph', 'ingest', 'enrichment']) {
    baseEnv[`ReverseProxy__Clusters__${service}__Destinations__${service}0__Address`] = `http://127.0.0.1:${ports[service] ?? 1}/`;
  }

  const processes = {};
  async function startService(service) {
    const log = createWriteStream(resolve(ARTIFACTS, `${name}-${service}.log`), { flags: 'a' });
    const child = spawn('dotnet', [dllOf(service)], {
      cwd: resolve(ROOT, `services/${service}`),
      env: { ...baseEnv, ASPNETCORE_URLS: `http://127.0.0.1:${ports[service]}`, PLATFORM_INSTANCE: `${name}-${service}` },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout.pipe(log);
    child.stderr.pipe(log);
    processes[service] = child;
    await waitHealthy(`http://127.0.0.1:${ports[service]}/health`, child, service);
    return child;
  }

  async function stopService(service, signal = 'SIGKILL') {
    const child = processes[service];
    if (!child || child.exitCode !== null) return;
    const exited = new Promise((r) => child.once('exit', r));
    child.kill(signal);
    await exited;
  }

  try {
    // The gateway last: its health needs the broker topology the consumers declare.
    for (const service of services.filter((s) => s !== 'gateway')) await startService(service);
    if (services.includes('gateway')) await startService('gateway');
  } catch (error) {
    // Leave nothing behind when start-up fails: processes, static server, vhost, database.
    for (const service of Object.keys(processes)) await stopService(service);
    web?.close();
    await vhost.remove().catch(() => {});
    try { database.remove(); } catch { /* already gone */ }
    throw error;
  }

  return {
    gatewayUrl,
    wsUrl: `ws://127.0.0.1:${ports.gateway}/ws`,
    ports,
    vhost,
    database,
    token: (userId, role = 'bridge') => makeToken(userId, role),
    startService,
    stopService,
    async stop() {
      for (const service of Object.keys(processes)) await stopService(service, 'SIGTERM');
      web?.close();
      await vhost.remove().catch(() => {});
      try { database.remove(); } catch { /* already gone */ }
    },
  };
}
