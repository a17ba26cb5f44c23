import type { CreatorAnalytics } from '../../generated/wss-outgoing';

/** `analytics_update` carries only the sections that changed: a null or missing section keeps the old one. */
export function mergeAnalytics(current: CreatorAnalytics | null, update: CreatorAnalytics): CreatorAnalytics {
  const next: Record<string, unknown> = { ...(current ?? {}) };
  for (const [key, value] of Object.entries(update)) {
    if (value !== null && value !== undefined) next[key] = value;
  }
  return next as CreatorAnalytics;
}
