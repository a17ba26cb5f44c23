import { describe, expect, it } from 'vitest';
import { BACKOFF_CAP_MS, backoffCeiling, backoffDelay } from './backoff';

describe('backoff', () => {
  it('should_double_from_one_second_up_to_thirty', () => {
    expect(Array.from({ length: 8 }, (_, n) => backoffCeiling(n))).toEqual([1000, 2000, 4000, 8000, 16000, 30000, 30000, 30000]);
    expect(backoffCeiling(1000)).toBe(BACKOFF_CAP_MS);
  });

  it('should_draw_every_delay_within_zero_and_the_ceiling', () => {
    for (let attempt = 0; attempt < 40; attempt++) {
      for (const r of [0, 0.25, 0.5, 0.999999]) {
        const delay = backoffDelay(attempt, () => r);
        expect(delay).toBeGreaterThanOrEqual(0);
        expect(delay).toBeLessThanOrEqual(backoffCeiling(attempt));
      }
    }
    expect(backoffDelay(10, () => 0.999999)).toBeGreaterThan(29_000);
  });

  it('should_spread_reconnects_with_full_jitter', () => {
    const delays = new Set(Array.from({ length: 50 }, () => backoffDelay(5)));
    expect(delays.size).toBeGreaterThan(40);
  });
});
