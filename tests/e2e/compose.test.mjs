// docker-compose.yml is validated without a Docker engine (none runs on these machines):
// `docker-compose config` must accept it, and every service must be buildable, health-checked
// and unpublished except the gateway.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync, existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { ROOT } from './lib/stack.mjs';

const BRAIN = ['gateway', 'ingest', 'graph', 'enrichment', 'bridge-web'];

function composeConfig() {
  const yaml = execFileSync('docker-compose', ['-f', resolve(ROOT, 'docker-compose.yml'), 'config'], { cwd: ROOT, encoding: 'utf8' });
  const json = execFileSync('/usr/bin/python3', ['-c', 'import sys, json, yaml; print(json.dumps(yaml.safe_load(sys.stdin)))'], { input: yaml, encoding: 'utf8' });
  return JSON.parse(json);
}

test('docker-compose.yml is valid and names every part of the platform', () => {
  const config = composeConfig();
  for (const name of [...BRAIN, 'rabbitmq', 'postgres']) assert.ok(config.services[name], `service ${name} is missing`);
});

test('every platform service builds from a Dockerfile with a health check and a non-root user', () => {
  const config = composeConfig();
  for (const name of BRAIN) {
    const build = config.services[name].build;
    assert.ok(build?.context, `${name} has no build context`);
    const dockerfile = resolve(build.context, build.dockerfile ?? 'Dockerfile');
    assert.ok(existsSync(dockerfile), `${name}: ${dockerfile} is missing`);
    const text = readFileSync(dockerfile, 'utf8');
    assert.match(text, /^HEALTHCHECK /m, `${name}: Dockerfile has no HEALTHCHECK`);
    assert.ok(/^USER /m.test(text) || /nginx-unprivileged/.test(text), `${name}: runs as root`);
    assert.ok((text.match(/^FROM /gm) ?? []).length >= 2, `${name}: not a multi-stage build`);
  }
});

test('only the gateway publishes a host port, and the infrastructure has health checks and volumes', () => {
  const config = composeConfig();
  for (const [name, service] of Object.entries(config.services)) {
    if (name === 'gateway' || service.profiles?.length) continue;
    assert.equal(service.ports, undefined, `${name} publishes a port`);
  }
  assert.deepEqual(config.services.gateway.ports.map((p) => String(p.target ?? p).replace(/.*:/, '')), ['8080']);
  for (const name of ['rabbitmq', 'postgres']) {
    assert.ok(config.services[name].healthcheck, `${name} has no health check`);
    assert.ok(config.services[name].volumes?.length, `${name} has no volume`);
  }
});
