// The Agent extension in headless Chromium: a fresh test build per run, loaded unpacked.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { ROOT } from './stack.mjs';

const AGENT = resolve(ROOT, 'agent');
const BASE_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

/** `npm run build:test` into a temp dir; returns {dir, id} (the id is fixed by the test build's key). */
export function buildTestExtension() {
  if (!existsSync(resolve(AGENT, 'node_modules/esbuild'))) execFileSync('npm', ['ci', '--no-audit', '--no-fund'], { cwd: AGENT, stdio: 'inherit' });
  const dir = mkdtempSync(join(tmpdir(), 'agent-ext-'));
  execFileSync('node', ['scripts/build.mjs', '--test', '--out', dir], { cwd: AGENT, stdio: 'pipe' });
  return { dir, id: readFileSync(join(dir, 'extension-id.txt'), 'utf8').trim() };
}

/** Launches Chromium with only this extension; resolves once its service worker runs. */
export async function launchWithExtension(extensionDir) {
  const profile = mkdtempSync(join(tmpdir(), 'agent-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [...BASE_ARGS, `--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 30_000 }));
  return { context, worker };
}

/** Points the Agent at a gateway: the same chrome.storage keys the options page writes. */
export async function configureAgent(worker, gatewayUrl, token) {
  await worker.evaluate(([url, t]) => chrome.storage.local.set({ gatewayUrl: url, token: t }), [gatewayUrl, token]);
}

/** The Agent's own view: {state, outboxSize, lastError, gatewayUrl}. */
export function agentStatus(worker) {
  return worker.evaluate(async () => (await self.platformAgent).status());
}

/** Polls `check` (async, truthy = done) every `everyMs` until it holds; fails with `because` after `timeoutMs`. */
export async function eventually(check, timeoutMs, because, everyMs = 250) {
  const deadline = Date.now() + timeoutMs;
  let last;
  while (Date.now() < deadline) {
    last = await check();
    if (last) return last;
    await new Promise((r) => setTimeout(r, everyMs));
  }
  throw new Error(`timed out after ${timeoutMs} ms: ${because}`);
}
