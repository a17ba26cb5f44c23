import type { ChatMessage } from '../generated/wss-outgoing';
import { apiFetch } from './rest-client';

// The REST shapes below are the few fields the dashboard reads. Once the services publish their
// OpenAPI documents, `npm run sync:rest` generates full types under src/api/generated/.

export interface MessagePage {
  messages: ChatMessage[];
  hasMore: boolean;
}

export interface FanNotes {
  notes: string;
  tags: string[];
}

export interface EnrichmentSettings {
  autoMode?: boolean;
  [key: string]: unknown;
}

type PageBody = ChatMessage[] | { messages?: ChatMessage[]; items?: ChatMessage[]; hasMore?: boolean };

/** An older page of a thread (`before` = the oldest message id the view already has). */
export async function fetchOlderMessages(chatId: string, before: string | null, limit = 50): Promise<MessagePage> {
  const query = new URLSearchParams({ limit: String(limit) });
  if (before) query.set('before', before);
  const body = await apiFetch<PageBody>(`/api/v1/conversations/${encodeURIComponent(chatId)}/messages?${query}`);
  if (Array.isArray(body)) return { messages: body, hasMore: body.length >= limit };
  const messages = body.messages ?? body.items ?? [];
  return { messages, hasMore: body.hasMore ?? messages.length >= limit };
}

export async function fetchFanNotes(fanId: string): Promise<FanNotes> {
  const body = await apiFetch<{ notes?: string | null; tags?: string[] | null } | undefined>(`/api/v1/fans/${encodeURIComponent(fanId)}`);
  return { notes: body?.notes ?? '', tags: body?.tags ?? [] };
}

export function saveFanNotes(fanId: string, value: FanNotes): Promise<unknown> {
  return apiFetch(`/api/v1/fans/${encodeURIComponent(fanId)}`, { method: 'PUT', body: JSON.stringify(value) });
}

export function fetchSettings(): Promise<EnrichmentSettings> {
  return apiFetch<EnrichmentSettings>('/api/v1/settings');
}

export function saveSettings(value: EnrichmentSettings): Promise<unknown> {
  return apiFetch('/api/v1/settings', { method: 'PUT', body: JSON.stringify(value) });
}
