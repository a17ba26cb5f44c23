import { afterEach, describe, expect, it, vi } from 'vitest';
import { settings } from '../config/settings';
import { fetchFanNotes, fetchOlderMessages, saveSettings } from './platform-api';
import { RestError } from './rest-client';

// The generated clients over a recorded fetch: the wrapper must send the token, use the gateway's
// relative /api paths, and turn an HTTP failure into an error the views can show.
function recordFetch(status: number, body: unknown) {
  const requests: Request[] = [];
  vi.stubGlobal('fetch', async (request: Request) => {
    requests.push(request);
    return new Response(body === undefined ? null : JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
  });
  return requests;
}

afterEach(() => vi.unstubAllGlobals());

describe('platform REST calls', () => {
  it('sends the stored token and pages older messages through the gateway path', async () => {
    settings.setToken('tok-1');
    const requests = recordFetch(200, { items: [{ id: 'm1', chatId: '7', text: 'hi', direction: 'in', createdAt: '2026-01-01T00:00:00Z' }], hasMore: true, nextBefore: 'm1' });

    const page = await fetchOlderMessages('7', 'm9', 20);

    expect(page.items.map((m) => m.id)).toEqual(['m1']);
    expect(page.hasMore).toBe(true);
    const url = new URL(requests[0]!.url);
    expect(url.pathname).toBe('/api/v1/conversations/7/messages');
    expect(Object.fromEntries(url.searchParams)).toEqual({ limit: '20', before: 'm9' });
    expect(requests[0]!.headers.get('Authorization')).toBe('Bearer tok-1');
  });

  it('reads empty notes of a fan as empty text', async () => {
    recordFetch(200, { fan: { id: 'f1' }, notes: null, tags: ['vip'], spend: {}, subscription: null, scores: null, conversation: null });

    expect(await fetchFanNotes('f1')).toEqual({ notes: '', tags: ['vip'] });
  });

  it('turns an HTTP failure into a RestError with the status', async () => {
    recordFetch(400, { title: 'One or more validation errors occurred.' });

    const failure = await saveSettings({ autoMode: true, autoSpendThreshold: -1 }).catch((e: unknown) => e);

    expect(failure).toBeInstanceOf(RestError);
    expect((failure as RestError).status).toBe(400);
    expect((failure as RestError).message).toBe('PUT /api/v1/settings: HTTP 400');
  });
});
