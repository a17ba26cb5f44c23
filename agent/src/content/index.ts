// The content script (isolated world): relays captured events page -> background and commands
// background -> page. Accepts window messages only from its own window and with the expected shape.
import { isSendMessageCommand } from '../shared/command';
import type { BackgroundRequest, ExecuteCommandRequest } from '../shared/runtime-messages';
import { isRecord } from '../shared/raw-event';
import { CaptureRelay } from './capture-relay';
import { PageCommands } from './page-commands';
import { capturedEventOf } from './page-messages';

const commands = new PageCommands(window);
const relay = new CaptureRelay({
  send: (event) => {
    const request: BackgroundRequest = { kind: 'captured', event };
    return chrome.runtime.sendMessage(request);
  },
  // chrome.runtime.id disappears when the extension is reloaded or removed under a running page.
  alive: () => Boolean(chrome.runtime?.id),
  warn: (message) => console.warn(`[platform-agent] ${message}`),
});

window.addEventListener('message', (event: MessageEvent) => {
  if (event.source !== window) return;
  const captured = capturedEventOf(event.data);
  if (captured) {
    relay.push(captured);
    return;
  }
  commands.onWindowMessage(event);
});

chrome.runtime.onMessage.addListener((message: unknown, _sender, sendResponse) => {
  if (!isRecord(message) || message.kind !== 'execute-command') return false;
  const { command } = message as unknown as ExecuteCommandRequest;
  if (!isSendMessageCommand(command)) {
    sendResponse({ ok: false, error: 'invalid command' });
    return false;
  }
  void commands.sendMessage(command).then(sendResponse);
  return true; // answers asynchronously
});
