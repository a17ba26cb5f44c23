// Reconnect delays: exponential backoff with FULL jitter (AWS architecture blog), 1 s rising to 30 s.
export const BACKOFF_BASE_MS = 1_000;
export const BACKOFF_CAP_MS = 30_000;

/** The upper bound of the delay before reconnect attempt `attempt` (0-based). */
export function backoffCeiling(attempt: number): number {
  return Math.min(BACKOFF_CAP_MS, BACKOFF_BASE_MS * 2 ** Math.max(0, Math.min(attempt, 30)));
}

/** A delay drawn uniformly from [0, ceiling]: spreads reconnects of many agents after an outage. */
export function backoffDelay(attempt: number, random: () => number = Math.random): number {
  return Math.floor(random() * backoffCeiling(attempt));
}
