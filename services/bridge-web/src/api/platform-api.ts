import { getSettings, saveSettings as putSettings, type AccountSettings } from './generated/enrichment';
import { getFan, listMessages, saveFanNotes as putFanNotes, type FanNotesUpdate, type MessagePage } from './generated/graph';
import { unwrap } from './rest-client';

// Every shape here is generated from the services' OpenAPI documents (openapi/*.json, `npm run sync:rest`);
// these functions only name the calls the views make and turn HTTP failures into errors.
export type { AccountSettings, FanNotesUpdate, MessagePage };

/** An older page of a thread (`before` = the oldest message id the view already has). */
export function fetchOlderMessages(chatId: string, before: string | null, limit = 50): Promise<MessagePage> {
  return unwrap(listMessages({ path: { chatId }, query: { limit, ...(before ? { before } : {}) } }));
}

/** The creator's notes and tags on a fan; a fan the graph does not know yet has none. */
export async function fetchFanNotes(fanId: string): Promise<{ notes: string; tags: string[] }> {
  const fan = await unwrap(getFan({ path: { fanId } }));
  return { notes: fan.notes ?? '', tags: fan.tags };
}

export function saveFanNotes(fanId: string, value: FanNotesUpdate): Promise<unknown> {
  return unwrap(putFanNotes({ path: { fanId }, body: value }));
}

export function fetchSettings(): Promise<AccountSettings> {
  return unwrap(getSettings());
}

export function saveSettings(value: AccountSettings): Promise<AccountSettings> {
  return unwrap(putSettings({ body: value }));
}
