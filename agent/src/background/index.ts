// The service worker. Listeners are registered synchronously at the top level (MV3 requirement);
// the Agent itself is created once its IndexedDB is open.
import type { BackgroundRequest, BackgroundRequests } from '../shared/runtime-messages';
import { isRecord } from '../shared/raw-event';
import { Agent } from './agent';
import { showState } from './badge';
import { handleExternal } from './handlers/external-handlers';
import { runtimeHandlers } from './handlers/runtime-handlers';
import { onSettingsChanged, readSettings, readSiteTabRules } from './settings';
import { chromeSiteTabs } from './site-tabs';
import { CaptureStore } from './storage/capture-store';
import { CommandLog } from './storage/command-log';
import { openDatabase } from './storage/db';
import { Outbox } from './storage/outbox';

const WATCHDOG = 'platform-agent-watchdog';
const warn = (message: string) => console.warn(`[platform-agent] ${message}`);

const ready: Promise<Agent> = (async () => {
  const db = await openDatabase();
  const agent = new Agent({
    store: await CaptureStore.open(db),
    outbox: new Outbox(db),
    commandLog: new CommandLog(db),
    tabs: chromeSiteTabs(readSiteTabRules),
    socket: { createSocket: (url) => new WebSocket(url) },
    onState: showState,
    warn,
  });
  agent.configure(await readSettings());
  return agent;
})();
const agent = () => ready;
// Exposed for tests and debugging from the worker's console: `await self.platformAgent`.
(globalThis as { platformAgent?: Promise<Agent> }).platformAgent = ready;

const handlers = runtimeHandlers(agent);

chrome.runtime.onMessage.addListener((message: unknown, sender, sendResponse) => {
  if (!isRecord(message) || typeof message.kind !== 'string' || !Object.hasOwn(handlers, message.kind)) return false;
  const request = message as BackgroundRequest;
  const handler = handlers[request.kind] as (r: BackgroundRequest, s: chrome.runtime.MessageSender) => Promise<BackgroundRequests[keyof BackgroundRequests]['response']>;
  handler(request, sender).then(sendResponse, (error: unknown) => sendResponse({ ok: false, error: String(error) }));
  return true;
});

chrome.runtime.onMessageExternal.addListener((message: unknown, _sender, sendResponse) => {
  void handleExternal(message, agent).then(sendResponse);
  return true;
});

onSettingsChanged(() => void readSettings().then(async (config) => (await ready).configure(config)));

// The watchdog wakes a worker that Chrome stopped, reconnects, and resends what was never acked.
chrome.alarms.create(WATCHDOG, { periodInMinutes: 0.5 });
chrome.alarms.onAlarm.addListener((alarm) => {
  if (alarm.name !== WATCHDOG) return;
  void ready.then((a) => {
    a.connection.ensureConnected();
    a.courier.checkTimeouts();
  });
});

chrome.action.onClicked.addListener(() => void chrome.runtime.openOptionsPage());
ready.catch((error: unknown) => warn(`start-up failed: ${String(error)}`));
