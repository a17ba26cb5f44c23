import { isSiteUserId, type SendOutcome } from '../shared/command';
import { parseBody } from '../shared/json-body';
import { isRecord } from '../shared/raw-event';
import { isoNow, type Clock, type Emit } from './emit';

export interface SendMessageAction {
  chatId: string;
  text: string;
  price?: number | null;
}

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** The site's editor sends HTML: escaped text in a paragraph, line breaks as <br>. */
export function toSiteHtml(text: string): string {
  const escaped = text.replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c).replace(/\r?\n/g, '<br>');
  return `<p>${escaped}</p>`;
}

/** The id of the message the site answers a send with (SITE_API.md: the created message), else null. */
function createdMessageId(body: unknown): string | null {
  if (!isRecord(body)) return null;
  const { id } = body;
  if (typeof id === 'number' && Number.isSafeInteger(id) && id > 0) return String(id);
  if (typeof id === 'string' && /^\d{1,20}$/.test(id)) return id;
  return null;
}

/**
 * Sends a message to a fan the way the site's web app does, with the page's ORIGINAL fetch (so the
 * site's cookies apply and the capture wrapper is bypassed), and records the POST as a captured event.
 */
export async function sendSiteMessage(originalFetch: typeof fetch, origin: string, action: SendMessageAction, emit: Emit, now: Clock = isoNow): Promise<SendOutcome> {
  if (!isSiteUserId(action.chatId)) return { ok: false, error: 'invalid chatId' };
  const url = `${origin}/api2/v2/chats/${action.chatId}/messages`;
  const requestBody = { text: toSiteHtml(action.text), lockedText: false, mediaFiles: [], price: action.price ?? 0, previews: [] };
  try {
    const response = await originalFetch(url, {
      method: 'POST',
      credentials: 'include',
      headers: { 'content-type': 'application/json', accept: 'application/json, text/plain, */*' },
      body: JSON.stringify(requestBody),
    });
    const responseBody = parseBody(await response.text());
    emit({ event: 'fetch', data: { url, method: 'POST', status: response.status, requestBody, responseBody, capturedAt: now() } });
    if (!response.ok) return { ok: false, status: response.status, error: `site answered ${response.status}` };
    // Sent means the site created the message: its JSON answer carries the new id. Anything else (an
    // HTML page with a 200, from a tab that is not the site) is a failure, never a silent "sent".
    const id = createdMessageId(responseBody);
    if (id === null) {
      const type = response.headers.get('content-type')?.split(';')[0]?.trim() || 'no content type';
      return { ok: false, status: response.status, error: `the site's answer is not the created message (HTTP ${response.status}, ${type}): is this tab the site?` };
    }
    return { ok: true, status: response.status, siteMessageId: id };
  } catch (error) {
    return { ok: false, error: `send failed: ${error instanceof Error ? error.message : String(error)}` };
  }
}
