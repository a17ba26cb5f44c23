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

/** Instance names of a service: its own name when it runs once, `name-0`, `name-1`, ... with replicas. */
function instanceNames(service, count) {
  return count === 1 ? [service] : Array.from({ length: count }, (_, i) => `${service}-${i}`);
}

/**
 * @param {{services?: string[], bridgeWeb?: boolean, env?: Record<string,string>, name?: string,
 *   replicas?: number | Record<string, number>}} options
 *   replicas: processes per service (a number for all, or per service; default 1). Replicas are named
 *   `ingest-0`, `ingest-1`, ...; `ports.ingest`, `gatewayUrl` and `wsUrl` name the first one.
 */
export async function startStack({ services = ['gateway', 'ingest', 'graph', 'enrichment'], bridgeWeb = false, env = {}, name = 'stack', replicas = 1 } = {}) {
  ensureBuilt(services);
  mkdirSync(ARTIFACTS, { recursive: true });
  const vhost = await createVhost();
  const database = createDatabase();
  const instancesOf = Object.fromEntries(services.map((s) => [s, instanceNames(s, typeof replicas === 'number' ? replicas : replicas[s] ?? 1)]));
  const serviceOf = Object.fromEntries(services.flatMap((s) => instancesOf[s].map((i) => [i, s])));
  const ports = {};
  for (const instance of [...Object.keys(serviceOf), 'bridge-web']) ports[instance] = await freePort();
  for (const service of services) ports[service] = ports[instancesOf[service][0]];
  let web = null;
  if (bridgeWeb) web = await serveStatic(resolve(ROOT, 'services/bridge-web/dist'), ports['bridge-web']);

  const gatewayUrls = (instancesOf.gateway ?? []).map((g) => `http://127.0.0.1:${ports[g]}`);
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
    // The fake site (tests/fake-site) is served on 127.0.0.1: ingest parses it like the real site.
    Ingest__OnlyFans__ExtraHosts__0: '127.0.0.1',
    Ingest__OnlyFans__ExtraHosts__1: 'localhost',
    'ReverseProxy__Clusters__bridge-web__Destinations__web__Address': `http://127.0.0.1:${ports['bridge-web']}/`,
    ...env,
  };
  // YARP proxies to every replica (as ./platform up --scale configures it).
  for (const service of ['graph', 'ingest', 'enrichment']) {
    (instancesOf[service] ?? [service]).forEach((instance, i) => {
      baseEnv[`ReverseProxy__Clusters__${service}__Destinations__${service}${i}__Address`] = `http://127.0.0.1:${ports[instance] ?? 1}/`;
    });
  }

  const processes = {};
  // A name is one instance, or a service: all of its instances.
  const resolveNames = (target) => instancesOf[target] ?? [target];

  async function startInstance(instance) {
    const service = serviceOf[instance];
    const log = createWriteStream(resolve(ARTIFACTS, `${name}-${instance}.log`), { flags: 'a' });
    const child = spawn('dotnet', [dllOf(service)], {
      cwd: resolve(ROOT, `services/${service}`),
      env: { ...baseEnv, ASPNETCORE_URLS: `http://127.0.0.1:${ports[instance]}`, PLATFORM_INSTANCE: `${name}-${instance}` },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout.pipe(log);
    child.stderr.pipe(log);
    processes[instance] = child;
    await waitHealthy(`http://127.0.0.1:${ports[instance]}/health`, child, instance);
    return child;
  }

  async function startService(target) {
    let child;
    for (const instance of resolveNames(target)) child = await startInstance(instance);
    return child;
  }

  async function stopInstance(instance, signal) {
    const child = processes[instance];
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((r) => child.once('exit', r));
    child.kill(signal);
    await exited;
  }

  async function stopService(target, signal = 'SIGKILL') {
    await Promise.all(resolveNames(target).map((instance) => stopInstance(instance, signal)));
  }

  try {
    // The gateway last: its health needs the broker topology the consumers declare.
    for (const service of services.filter((s) => s !== 'gateway')) await startService(service);
    if (services.includes('gateway')) await startService('gateway');
  } catch (error) {
    // Leave nothing behind when start-up fails: processes, static server, vhost, database.
    for (const instance of Object.keys(processes)) await stopInstance(instance, 'SIGKILL');
    web?.close();
    await vhost.remove().catch(() => {});
    try { database.remove(); } catch { /* already gone */ }
    throw error;
  }

  return {
    gatewayUrl,
    wsUrl: `ws://127.0.0.1:${ports.gateway}/ws`,
    gatewayUrls,
    wsUrls: gatewayUrls.map((url) => `${url.replace('http', 'ws')}/ws`),
    /** service -> its instance names */
    instances: instancesOf,
    /** instance -> pid of its running process */
    pids: () => Object.fromEntries(Object.entries(processes).filter(([, c]) => c.exitCode === null && c.signalCode === null).map(([i, c]) => [i, c.pid])),
    ports,
    vhost,
    database,
    token: (userId, role = 'bridge') => makeToken(userId, role),
    startService,
    stopService,
    async stop() {
      for (const instance of Object.keys(processes)) await stopInstance(instance, 'SIGTERM');
      web?.close();
      await vhost.remove().catch(() => {});
      try { database.remove(); } catch { /* already gone */ }
    },
  };
}
