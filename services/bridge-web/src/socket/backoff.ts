export const MIN_RECONNECT_MS = 1_000;
export const MAX_RECONNECT_MS = 30_000;

/**
 * Exponential backoff with jitter: attempt 0 waits about 1 s, doubling up to 30 s. The jitter
 * (50-100% of the step) spreads the reconnects of many dashboards after a gateway restart.
 */
export function reconnectDelay(attempt: number, random: () => number = Math.random): number {
  const step = Math.min(MAX_RECONNECT_MS, MIN_RECONNECT_MS * 2 ** Math.max(0, attempt));
  const jittered = step * (0.5 + 0.5 * random());
  return Math.round(Math.min(MAX_RECONNECT_MS, Math.max(MIN_RECONNECT_MS, jittered)));
}
