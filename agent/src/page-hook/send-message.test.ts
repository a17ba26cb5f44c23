import { describe, expect, it, vi } from 'vitest';
import type { RawCapturedEvent } from '../shared/raw-event';
import { sendSiteMessage, toSiteHtml } from './send-message';

describe('sendSiteMessage', () => {
  it('should_escape_text_into_a_paragraph_as_the_sites_editor_does', () => {
    expect(toSiteHtml('Hi & <welcome> "x"\nbye')).toBe('<p>Hi &amp; &lt;welcome&gt; &quot;x&quot;<br>bye</p>');
  });

  it('should_post_the_sites_body_and_report_the_created_message', async () => {
    const captured: RawCapturedEvent[] = [];
    const fetchFn = vi.fn(async () => new Response('{"id":8000000000042,"text":"<p>Hi</p>"}', { status: 200 }));
    const outcome = await sendSiteMessage(fetchFn as unknown as typeof fetch, 'https://onlyfans.com', { chatId: '100000001', text: 'Hi', price: 5 }, (e) => captured.push(e));
    expect(outcome).toEqual({ ok: true, status: 200, siteMessageId: '8000000000042' });
    const [url, init] = fetchFn.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe('https://onlyfans.com/api2/v2/chats/100000001/messages');
    expect(init.method).toBe('POST');
    expect(JSON.parse(init.body as string)).toEqual({ text: '<p>Hi</p>', lockedText: false, mediaFiles: [], price: 5, previews: [] });
    expect(captured[0]?.data).toMatchObject({ method: 'POST', status: 200, responseBody: { id: 8000000000042 } });
  });

  it('should_fail_clearly_on_a_site_error_or_a_bad_chat_id', async () => {
    const fetchFn = async () => new Response('{"error":{"message":"nope"}}', { status: 400 });
    expect(await sendSiteMessage(fetchFn as typeof fetch, 'https://x', { chatId: '1', text: 'a' }, () => undefined)).toEqual({ ok: false, status: 400, error: 'site answered 400' });
    expect(await sendSiteMessage(fetchFn as typeof fetch, 'https://x', { chatId: '../users/me', text: 'a' }, () => undefined)).toEqual({ ok: false, error: 'invalid chatId' });
  });

  it('should_fail_when_a_2xx_answer_is_not_the_created_message', async () => {
    // What a dashboard tab's origin answers: its HTML page with a 200 (the gateway's fallback route).
    const html = async () => new Response('<!doctype html><html><body>dashboard</body></html>', { status: 200, headers: { 'content-type': 'text/html; charset=utf-8' } });
    const outcome = await sendSiteMessage(html as typeof fetch, 'http://127.0.0.1:8080', { chatId: '100000001', text: 'Hi' }, () => undefined);
    expect(outcome).toMatchObject({ ok: false, status: 200 });
    expect(outcome.error).toMatch(/not the created message \(HTTP 200, text\/html\)/);

    for (const body of ['{"ok":true}', '{"id":null}', '[]', '{"id":"abc"}', '']) {
      const fetchFn = async () => new Response(body, { status: 200, headers: { 'content-type': 'application/json' } });
      expect(await sendSiteMessage(fetchFn as typeof fetch, 'https://onlyfans.com', { chatId: '100000001', text: 'Hi' }, () => undefined)).toMatchObject({ ok: false, status: 200 });
    }
  });

  it('should_accept_a_message_id_sent_as_a_string', async () => {
    const fetchFn = async () => new Response('{"id":"8000000000043","text":"<p>Hi</p>"}', { status: 200 });
    expect(await sendSiteMessage(fetchFn as typeof fetch, 'https://onlyfans.com', { chatId: '100000001', text: 'Hi' }, () => undefined)).toEqual({ ok: true, status: 200, siteMessageId: '8000000000043' });
  });
});
