// The dashboard in headless Chromium: builds services/bridge-web, opens it through the gateway signed
// in with a token, and records the frames its one socket receives.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { ROOT } from './stack.mjs';

const WEB = resolve(ROOT, 'services/bridge-web');

/** `npm run build` (tsc + vite) so the stack serves the current dashboard. */
export function buildBridgeWeb() {
  if (!existsSync(resolve(WEB, 'node_modules'))) execFileSync('npm', ['ci', '--no-audit', '--no-fund'], { cwd: WEB, stdio: 'inherit' });
  try {
    execFileSync('npm', ['run', 'build'], { cwd: WEB, stdio: 'pipe' });
  } catch (error) {
    throw new Error(`bridge-web build failed:\n${error.stdout ?? ''}${error.stderr ?? ''}`);
  }
}

export async function openDashboard(gatewayUrl, token) {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  const received = [];
  const dialogs = [];
  const errors = [];
  page.on('websocket', (socket) => socket.on('framereceived', ({ payload }) => {
    try { received.push(JSON.parse(typeof payload === 'string' ? payload : payload.toString())); } catch { /* not JSON */ }
  }));
  page.on('dialog', (dialog) => { dialogs.push(dialog.message()); void dialog.dismiss(); });
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`${gatewayUrl}/#token=${encodeURIComponent(token)}`);
  return { browser, page, received, dialogs, errors };
}

export const indicator = (page) => page.locator('[data-testid=connection-indicator]');

export async function waitForLevel(page, level, timeout = 30_000) {
  await page.waitForSelector(`[data-testid=connection-indicator][data-level=${level}]`, { timeout });
}
