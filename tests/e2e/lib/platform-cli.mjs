// Runs the `./platform` CLI itself in a private corner: its own state dir (pids, logs, key), its own
// ports (PLATFORM_PORT_OFFSET) and its own RabbitMQ vhost and database, so a developer's running stack
// on 8080 is never touched.
import { execFile } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { ROOT } from './stack.mjs';

// The CLI's first ports (scripts/platform/services.sh) and how many consecutive ports each may use.
const FIRST_PORTS = { ingest: 5110, graph: 5120, enrichment: 5130, gateway: 8080, 'bridge-web': 5173 };

function portIsFree(port) {
  return new Promise((ok) => {
    const server = createServer();
    server.once('error', () => ok(false));
    server.listen(port, '127.0.0.1', () => server.close(() => ok(true)));
  });
}

/** An offset under which every port `up` would use (up to `replicas` per service) is free. */
export async function freePortOffset(replicas) {
  for (let attempt = 0; attempt < 30; attempt++) {
    const offset = 10_000 + 10 * Math.floor(Math.random() * 4_000);
    const ports = Object.values(FIRST_PORTS).flatMap((p) => Array.from({ length: replicas }, (_, i) => p + offset + i));
    if ((await Promise.all(ports.map(portIsFree))).every(Boolean)) return offset;
  }
  throw new Error('no free port range for a private ./platform up');
}

/** `./platform ARGS` with the private environment; resolves {code, stdout, stderr}, never rejects. */
export function platformCli({ offset, rabbitUrl, postgresUrl, signingKey }) {
  const state = mkdtempSync(join(tmpdir(), 'platform-state-'));
  const env = { ...process.env, PLATFORM_STATE: state, PLATFORM_PORT_OFFSET: String(offset), RABBITMQ_URL: rabbitUrl, POSTGRES_URL: postgresUrl, PLATFORM_SIGNING_KEY: signingKey };
  delete env.PLATFORM_ARTIFACTS; // the CLI starts bin/Release; a private artifacts path would hide it
  delete env.BRIDGE_PORT;
  const run = (args, timeoutMs = 300_000) => new Promise((ok) => {
    execFile(resolve(ROOT, 'platform'), args, { cwd: ROOT, env, timeout: timeoutMs, maxBuffer: 16 * 1024 * 1024 }, (error, stdout, stderr) => {
      ok({ code: error ? (error.code ?? 1) : 0, stdout, stderr });
    });
  });
  return { state, run, port: (service, i = 0) => FIRST_PORTS[service] + offset + i };
}

/** `./platform status` as rows {part, pid, port, health}. */
export function parseStatus(stdout) {
  return stdout.trim().split('\n').slice(1).map((line) => {
    const [part, pid, port, ...health] = line.trim().split(/\s+/);
    return { part, pid: pid === '-' ? null : Number(pid), port: Number(port), health: health.join(' ') };
  });
}
