import { describe, expect, it } from 'vitest';
import type { RawCapturedEvent } from '../../shared/raw-event';
import { chatMessageEvent } from '../../test-support/fixtures';
import { chunkEvents, MAX_CHUNK_BYTES } from './chunk-events';

const bytes = (value: unknown) => new TextEncoder().encode(JSON.stringify(value)).length;

function eventOfSize(n: number, approxBytes: number): RawCapturedEvent {
  const event = chatMessageEvent(8000000000000 + n);
  return { ...event, data: { ...event.data, frame: { api2_chat_message: { id: n, text: 'é'.repeat(approxBytes / 2) } } } };
}

describe('chunkEvents', () => {
  it('should_keep_every_frame_within_256_KiB_and_fill_each_chunk_to_the_limit', () => {
    const events = Array.from({ length: 300 }, (_, n) => eventOfSize(n, 5_000 + (n % 7) * 1_000));
    const { frames, skipped } = chunkEvents(events, 'snap-1');
    expect(skipped).toEqual([]);
    expect(frames.length).toBeGreaterThan(5);
    frames.forEach((frame, i) => {
      expect(bytes(frame)).toBeLessThanOrEqual(MAX_CHUNK_BYTES);
      expect(frame.payload).toMatchObject({ snapshotId: 'snap-1', chunkIndex: i, chunkCount: frames.length });
      expect(frame.id).toBe(`snap-1:${i}`);
      const next = frames[i + 1]?.payload.events[0];
      if (next) {
        // The chunk was closed only because the next event did not fit.
        const grown = { ...frame, payload: { ...frame.payload, events: [...frame.payload.events, next] } };
        expect(bytes(grown)).toBeGreaterThan(MAX_CHUNK_BYTES - 64);
      }
    });
    expect(frames.flatMap((f) => f.payload.events)).toEqual(events);
  });

  it('should_honour_a_smaller_limit_exactly', () => {
    const events = Array.from({ length: 50 }, (_, n) => eventOfSize(n, 300));
    const { frames } = chunkEvents(events, 's', 4_096);
    for (const frame of frames) expect(bytes(frame)).toBeLessThanOrEqual(4_096);
    expect(frames.flatMap((f) => f.payload.events)).toHaveLength(50);
  });

  it('should_leave_out_an_event_that_alone_exceeds_the_limit', () => {
    const huge = eventOfSize(1, 300_000);
    const { frames, skipped } = chunkEvents([eventOfSize(0, 100), huge, eventOfSize(2, 100)], 's');
    expect(skipped).toEqual([huge]);
    expect(frames).toHaveLength(1);
    expect(frames[0]!.payload.events).toHaveLength(2);
  });

  it('should_send_one_empty_chunk_for_an_empty_dataset', () => {
    const { frames } = chunkEvents([], 's');
    expect(frames).toEqual([{ type: 'cache_update', payload: { snapshotId: 's', chunkIndex: 0, chunkCount: 1, events: [] }, id: 's:0' }]);
  });
});
