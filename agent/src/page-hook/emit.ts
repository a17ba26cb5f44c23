import { FORWARDER } from '../shared/channels';
import type { RawCapturedEvent } from '../shared/raw-event';

export type Emit = (event: RawCapturedEvent) => void;
export type Clock = () => string;

export const isoNow: Clock = () => new Date().toISOString();

/** Posts a captured event to the content script of the same window. */
export function postToContent(win: Window): Emit {
  const origin = win.location.origin === 'null' ? '*' : win.location.origin;
  return (event) => {
    try {
      win.postMessage({ type: FORWARDER, event: event.event, data: event.data }, origin);
    } catch {
      // Never let capture break the page (e.g. a body that cannot be cloned).
    }
  };
}
