import { describe, expect, it } from 'vitest';
import { MAX_RECONNECT_MS, MIN_RECONNECT_MS, reconnectDelay } from './backoff';

describe('reconnectDelay', () => {
  it('doubles per attempt from 1 s and never exceeds 30 s', () => {
    const top = (attempt: number) => reconnectDelay(attempt, () => 1);
    expect([0, 1, 2, 3, 4, 5, 6, 20].map(top)).toEqual([1_000, 2_000, 4_000, 8_000, 16_000, 30_000, 30_000, 30_000]);
  });

  it('adds jitter between half and all of the step, never below 1 s', () => {
    expect(reconnectDelay(3, () => 0)).toBe(4_000);
    expect(reconnectDelay(0, () => 0)).toBe(MIN_RECONNECT_MS);
    for (let i = 0; i < 50; i++) {
      const delay = reconnectDelay(i % 8);
      expect(delay).toBeGreaterThanOrEqual(MIN_RECONNECT_MS);
      expect(delay).toBeLessThanOrEqual(MAX_RECONNECT_MS);
    }
  });
});
