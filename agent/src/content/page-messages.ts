import { BACKEND_RESULT, FORWARDER } from '../shared/channels';
import type { SendOutcome } from '../shared/command';
import { isRawCapturedEvent, isRecord, type RawCapturedEvent } from '../shared/raw-event';

/** A `_OF_FORWARDER_` post from the page-hook, as a RawCapturedEvent; null for anything else. */
export function capturedEventOf(message: unknown): RawCapturedEvent | null {
  if (!isRecord(message) || message.type !== FORWARDER) return null;
  const event = { event: message.event, data: message.data };
  return isRawCapturedEvent(event) ? event : null;
}

/** A `_OF_BACKEND_RESULT_` post from the page-hook; null for anything else. */
export function commandResultOf(message: unknown): (SendOutcome & { requestId: string }) | null {
  if (!isRecord(message) || message.type !== BACKEND_RESULT) return null;
  if (typeof message.requestId !== 'string' || typeof message.ok !== 'boolean') return null;
  return {
    requestId: message.requestId,
    ok: message.ok,
    ...(typeof message.status === 'number' ? { status: message.status } : {}),
    ...(typeof message.siteMessageId === 'string' ? { siteMessageId: message.siteMessageId } : {}),
    ...(typeof message.error === 'string' ? { error: message.error } : {}),
  };
}
