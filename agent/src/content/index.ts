// The content script (isolated world): relays captured events page -> background and commands
// background -> page. Accepts window messages only from its own window and with the expected shape.
import { isSendMessageCommand } from '../shared/command';
import type { BackgroundRequest, ExecuteCommandRequest } from '../shared/runtime-messages';
import { isRecord } from '../shared/raw-event';
import { PageCommands } from './page-commands';
import { capturedEventOf } from './page-messages';

const commands = new PageCommands(window);

window.addEventListener('message', (event: MessageEvent) => {
  if (event.source !== window) return;
  const captured = capturedEventOf(event.data);
  if (captured) {
    const request: BackgroundRequest = { kind: 'captured', event: captured };
    chrome.runtime.sendMessage(request).catch(() => {
      // The worker is restarting or the extension was reloaded; the page must not notice.
    });
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
