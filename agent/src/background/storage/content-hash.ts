import type { RawCapturedEvent } from '../../shared/raw-event';

/**
 * A 53-bit hash (cyrb53) of an event without its capture time, so the same response captured twice
 * is stored once. Not cryptographic: it only deduplicates the local dataset.
 */
export function contentHash(event: RawCapturedEvent): string {
  const { capturedAt: _time, ...rest } = event.data;
  const text = `${event.event}\u0000${JSON.stringify(rest)}`;
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}
