import { BACKEND } from '../shared/channels';
import type { SendMessageCommand, SendOutcome } from '../shared/command';
import { commandResultOf } from './page-messages';

const TIMEOUT_MS = 30_000;

/** Forwards commands to the page-hook and matches its answers by request id. */
export class PageCommands {
  private readonly waiting = new Map<string, (outcome: SendOutcome) => void>();

  constructor(private readonly win: Window) {}

  /** Call for every window message; resolves the matching pending command. */
  onWindowMessage(event: MessageEvent): void {
    if (event.source !== this.win) return;
    const result = commandResultOf(event.data);
    if (!result) return;
    const resolve = this.waiting.get(result.requestId);
    if (!resolve) return;
    this.waiting.delete(result.requestId);
    const { requestId: _ignored, ...outcome } = result;
    resolve(outcome);
  }

  sendMessage(command: SendMessageCommand): Promise<SendOutcome> {
    const requestId = crypto.randomUUID();
    return new Promise((resolve) => {
      this.waiting.set(requestId, resolve);
      setTimeout(() => {
        if (this.waiting.delete(requestId)) resolve({ ok: false, error: 'the page did not answer in time' });
      }, TIMEOUT_MS);
      this.win.postMessage(
        { type: BACKEND, requestId, action: 'send_message', chatId: command.chatId, text: command.text, price: command.price ?? null },
        this.win.location.origin,
      );
    });
  }
}
