import { parseBody } from '../shared/json-body';
import { isoNow, type Clock, type Emit } from './emit';
import { isSiteSocket } from './site-urls';

interface WebSocketHost {
  WebSocket: typeof WebSocket;
}

/**
 * Replaces `host.WebSocket` with a subclass that records the text frames of the site's socket in
 * both directions. A subclass keeps `instanceof`, the static constants and every method intact.
 */
export function installWebSocketCapture(host: WebSocketHost, emit: Emit, now: Clock = isoNow): void {
  const Original = host.WebSocket;

  class WebSocket extends Original {
    constructor(url: string | URL, protocols?: string | string[]) {
      super(url, protocols);
      try {
        if (isSiteSocket(this.url)) this.addEventListener('message', (event) => this.capture('in', event.data));
      } catch {
        // Capture is optional; the socket is not.
      }
    }

    override send(data: string | ArrayBufferLike | Blob | ArrayBufferView): void {
      this.capture('out', data);
      super.send(data);
    }

    private capture(direction: 'in' | 'out', data: unknown): void {
      try {
        if (typeof data !== 'string' || !isSiteSocket(this.url)) return;
        emit({ event: 'websocket', data: { url: this.url, direction, frame: parseBody(data), capturedAt: now() } });
      } catch {
        // Never throw into the page.
      }
    }
  }

  host.WebSocket = WebSocket;
}
