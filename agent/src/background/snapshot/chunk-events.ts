import type { CacheUpdateMessage } from '../../generated/wss-incoming';
import type { RawCapturedEvent } from '../../shared/raw-event';

/** The largest `cache_update` frame the Agent sends, in UTF-8 bytes of the whole frame. */
export const MAX_CHUNK_BYTES = 256 * 1024;

export interface SnapshotChunks {
  frames: (CacheUpdateMessage & { id: string })[];
  /** Events that alone exceed the limit: left out of the snapshot (they can never be sent whole). */
  skipped: RawCapturedEvent[];
}

const encoder = new TextEncoder();
const bytes = (value: unknown): number => encoder.encode(JSON.stringify(value)).length;

export const chunkFrameId = (snapshotId: string, index: number): string => `${snapshotId}:${index}`;

/**
 * Splits a snapshot into `cache_update` frames of at most `maxBytes` each (envelope included),
 * keeping the events' order. The envelope is measured with the widest numbers it can hold, so a
 * frame never grows past the limit once its index and count are filled in. An empty dataset is one
 * empty chunk: the gateway still learns that a snapshot happened.
 */
export function chunkEvents(events: RawCapturedEvent[], snapshotId: string, maxBytes: number = MAX_CHUNK_BYTES): SnapshotChunks {
  const widest = 999_999_999;
  const envelope = bytes({
    type: 'cache_update',
    payload: { snapshotId, chunkIndex: widest, chunkCount: widest, events: [] },
    id: chunkFrameId(snapshotId, widest),
  });
  const budget = maxBytes - envelope;
  const groups: RawCapturedEvent[][] = [];
  const skipped: RawCapturedEvent[] = [];
  let current: RawCapturedEvent[] = [];
  let used = 0;
  for (const event of events) {
    const size = bytes(event);
    if (size > budget) {
      skipped.push(event);
      continue;
    }
    const cost = size + (current.length > 0 ? 1 : 0); // the comma between array items
    if (used + cost > budget) {
      groups.push(current);
      current = [];
      used = 0;
    }
    used += current.length > 0 ? size + 1 : size;
    current.push(event);
  }
  if (current.length > 0 || groups.length === 0) groups.push(current);
  const frames = groups.map((group, chunkIndex) => ({
    type: 'cache_update' as const,
    payload: { snapshotId, chunkIndex, chunkCount: groups.length, events: group },
    id: chunkFrameId(snapshotId, chunkIndex),
  }));
  return { frames, skipped };
}
