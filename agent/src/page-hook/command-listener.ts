import { BACKEND, BACKEND_RESULT } from '../shared/channels';
import { isRecord } from '../shared/raw-event';
import type { Emit } from './emit';
import { sendSiteMessage } from './send-message';

/** Executes `_OF_BACKEND_` commands posted by the content script of this window. */
export function listenForCommands(win: Window, originalFetch: typeof fetch, emit: Emit): void {
  win.addEventListener('message', (event: MessageEvent) => {
    const message: unknown = event.data;
    if (event.source !== win || !isRecord(message) || message.type !== BACKEND) return;
    const { requestId, action, chatId, text, price } = message;
    if (typeof requestId !== 'string' || action !== 'send_message' || typeof chatId !== 'string' || typeof text !== 'string') return;
    const amount = typeof price === 'number' ? price : null;
    void sendSiteMessage(originalFetch, win.location.origin, { chatId, text, price: amount }, emit).then((outcome) =>
      win.postMessage({ type: BACKEND_RESULT, requestId, ...outcome }, win.location.origin));
  });
}
