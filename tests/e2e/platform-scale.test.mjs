// `./platform up --scale ingest=2,graph=2,enrichment=2,gateway=2` as a developer runs it: two processes of
// every service (gateways on consecutive ports), every one listed by `./platform status`, the stack usable
// through either gateway, and `./platform down` leaves nothing running. Private state dir, ports, vhost
// and database (lib/platform-cli.mjs).
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { rmSync } from 'node:fs';
import { createVhost, createDatabase } from './lib/infra.mjs';
import { makeToken, TEST_SIGNING_KEY } from './lib/token.mjs';
import { buildBridgeWeb } from './lib/bridge-browser.mjs';
import { connect } from './lib/ws-client.mjs';
import { fanMessageFrame, snapshotEvents, snapshotFrames } from './lib/bridge-fixtures.mjs';
import { freePortOffset, parseStatus, platformCli } from './lib/platform-cli.mjs';

const SCALE = 'ingest=2,graph=2,enrichment=2,gateway=2';
const INSTANCES = ['ingest-0', 'ingest-1', 'graph-0', 'graph-1', 'enrichment-0', 'enrichment-1', 'gateway-0', 'gateway-1', 'bridge-web'];
const isAlive = (pid) => { try { process.kill(pid, 0); return true; } catch { return false; } };

describe('./platform up --scale on this machine', () => {
  let vhost, database, cli, up, status;

  before(async () => {
    buildBridgeWeb();
    vhost = await createVhost();
    database = createDatabase();
    cli = platformCli({ offset: await freePortOffset(2), rabbitUrl: vhost.url, postgresUrl: database.url, signingKey: TEST_SIGNING_KEY });
    // --no-build: the test tier built the Release dlls and the dashboard already.
    up = await cli.run(['up', '--no-build', '--scale', SCALE]);
  });

  after(async () => {
    if (cli) await cli.run(['down'], 60_000);
    // Whatever `down` missed must not outlive the test.
    for (const row of status ?? []) if (row.pid && isAlive(row.pid)) process.kill(-row.pid, 'SIGKILL');
    await vhost?.remove().catch(() => {});
    try { database?.remove(); } catch { /* already gone */ }
    if (cli) rmSync(cli.state, { recursive: true, force: true });
  });

  test('up starts two of every service and prints the dashboard of the first gateway', () => {
    assert.equal(up.code, 0, `./platform up failed:\n${up.stderr}`);
    assert.match(up.stdout, new RegExp(`Dashboard: +http://127\\.0\\.0\\.1:${cli.port('gateway')}/#token=`));
    assert.match(up.stdout, new RegExp(`Gateway 1: +http://127\\.0\\.0\\.1:${cli.port('gateway', 1)}/`));
  });

  test('status lists every process, healthy, replicas on consecutive ports', async () => {
    const result = await cli.run(['status'], 60_000);
    assert.equal(result.code, 0, result.stderr);
    status = parseStatus(result.stdout).filter((row) => row.pid !== null);
    assert.deepEqual(status.map((r) => r.part).sort(), [...INSTANCES].sort());
    for (const row of status) {
      const [service, index = '0'] = row.part === 'bridge-web' ? ['bridge-web'] : row.part.split('-');
      assert.equal(row.port, cli.port(service, Number(index)), `${row.part} port`);
      assert.ok(isAlive(row.pid), `${row.part} runs as pid ${row.pid}`);
      assert.match(row.health, row.part === 'bridge-web' ? /http 200/ : /^\{"status":"Healthy"/, `${row.part} health`);
    }
  });

  test('either gateway serves the dashboard and proxies the API', async () => {
    const token = makeToken('scale-cli-user', 'bridge');
    for (const i of [0, 1]) {
      const base = `http://127.0.0.1:${cli.port('gateway', i)}`;
      const page = await fetch(`${base}/`);
      assert.equal(page.status, 200);
      assert.match(await page.text(), /<div id="root">/, `gateway-${i} proxies the dashboard`);
      const api = await fetch(`${base}/api/v1/conversations`, { headers: { authorization: `Bearer ${token}` } });
      assert.equal(api.status, 200, `gateway-${i} proxies the graph API`);
    }
  });

  test('a message sent to one gateway reaches a dashboard on the other', async () => {
    const user = `scale-cli-${randomUUID().slice(0, 8)}`;
    const [first, second] = [0, 1].map((i) => `ws://127.0.0.1:${cli.port('gateway', i)}/ws`);
    const agent = await connect(first, makeToken(user, 'agent'));
    const bridge = await connect(second, makeToken(user, 'bridge'), { origin: `http://127.0.0.1:${cli.port('gateway', 1)}` });
    try {
      for (const frame of snapshotFrames(snapshotEvents(3), { chunks: 1 })) agent.send(frame);
      await bridge.waitFor((f) => f.type === 'full_sync_response' && f.payload.conversations.length === 3, 90_000);
      agent.send(fanMessageFrame(1, '<p>across gateways</p>'));
      const appended = await bridge.waitFor((f) => f.type === 'append_message' && JSON.stringify(f.payload).includes('across gateways'), 60_000);
      assert.ok(appended);
    } finally {
      agent.close();
      bridge.close();
    }
  });

  test('down stops every process', async () => {
    const result = await cli.run(['down'], 60_000);
    assert.equal(result.code, 0, result.stderr);
    for (const row of status) assert.equal(isAlive(row.pid), false, `${row.part} (pid ${row.pid}) stopped`);
  });
});
