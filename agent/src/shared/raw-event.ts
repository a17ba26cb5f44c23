import type { CapturedEventData, CapturedEventKind, RawCapturedEvent } from '../generated/wss-incoming';

export type { CapturedEventData, CapturedEventKind, RawCapturedEvent };

const KINDS: ReadonlySet<string> = new Set<CapturedEventKind>(['fetch', 'xhr', 'websocket']);

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Checks the shape a RawCapturedEvent must have before it is stored or sent. */
export function isRawCapturedEvent(value: unknown): value is RawCapturedEvent {
  if (!isRecord(value) || typeof value.event !== 'string' || !KINDS.has(value.event)) return false;
  const data = value.data;
  return isRecord(data) && typeof data.url === 'string' && typeof data.capturedAt === 'string';
}
