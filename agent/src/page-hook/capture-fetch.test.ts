import { describe, expect, it, vi } from 'vitest';
import type { RawCapturedEvent } from '../shared/raw-event';
import { installFetchCapture } from './capture-fetch';

const BASE = 'https://onlyfans.com/my/chats/';

function setup(respond: (input: RequestInfo | URL, init?: RequestInit) => Promise<Response>) {
  const captured: RawCapturedEvent[] = [];
  const original = vi.fn(respond);
  const host = { fetch: original as unknown as typeof fetch };
  installFetchCapture(host, (e) => captured.push(e), () => BASE, () => '2025-03-01T18:00:00.000Z');
  return { host, original, captured };
}

describe('installFetchCapture', () => {
  it('should_hand_the_page_the_original_response_unchanged', async () => {
    const response = new Response('{"list":[],"hasMore":false}', { status: 201, headers: { 'x-site': 'yes', 'content-type': 'application/json' } });
    const { host, captured } = setup(async () => response);
    const got = await host.fetch('/api2/v2/chats?limit=10', { method: 'get' });
    expect(got).toBe(response);
    expect(got.status).toBe(201);
    expect(got.headers.get('x-site')).toBe('yes');
    expect(await got.json()).toEqual({ list: [], hasMore: false }); // the page can still read the body
    await vi.waitFor(() => expect(captured).toHaveLength(1));
    expect(captured[0]).toEqual({
      event: 'fetch',
      data: { url: 'https://onlyfans.com/api2/v2/chats?limit=10', method: 'GET', status: 201, requestBody: null, responseBody: { list: [], hasMore: false }, capturedAt: '2025-03-01T18:00:00.000Z' },
    });
  });

  it('should_pass_the_same_arguments_to_the_original_fetch', async () => {
    const { host, original } = setup(async () => new Response('ok'));
    const init = { method: 'POST', body: '{"text":"hi"}', headers: { a: 'b' } };
    await host.fetch('/api2/v2/chats/1/messages', init);
    expect(original).toHaveBeenCalledWith('/api2/v2/chats/1/messages', init);
  });

  it('should_keep_non_json_bodies_as_text_and_capture_the_request_body', async () => {
    const { host, captured } = setup(async () => new Response('<html>oops</html>', { status: 502 }));
    const got = await host.fetch('/api2/v2/chats/5/messages', { method: 'POST', body: '{"text":"<p>hi</p>"}' });
    expect(await got.text()).toBe('<html>oops</html>');
    await vi.waitFor(() => expect(captured).toHaveLength(1));
    expect(captured[0]!.data).toMatchObject({ method: 'POST', status: 502, requestBody: { text: '<p>hi</p>' }, responseBody: '<html>oops</html>' });
  });

  it('should_ignore_requests_outside_the_site_api', async () => {
    const { host, captured } = setup(async () => new Response('x'));
    await host.fetch('https://cdn.example.com/pic.jpg');
    await host.fetch(new Request('https://onlyfans.com/other'));
    await new Promise((r) => setTimeout(r, 10));
    expect(captured).toEqual([]);
  });

  it('should_propagate_a_network_error_exactly', async () => {
    const failure = new TypeError('Failed to fetch');
    const { host, captured } = setup(async () => { throw failure; });
    await expect(host.fetch('/api2/v2/users/me')).rejects.toBe(failure);
    expect(captured).toEqual([]);
  });

  it('should_read_the_body_of_a_request_object_without_consuming_it', async () => {
    const { host, original, captured } = setup(async (input) => new Response(await (input as Request).text()));
    const got = await host.fetch(new Request('https://onlyfans.com/api2/v2/chats/7/messages', { method: 'POST', body: '{"a":1}' }));
    expect(await got.text()).toBe('{"a":1}');
    expect(original).toHaveBeenCalledOnce();
    await vi.waitFor(() => expect(captured).toHaveLength(1));
    expect(captured[0]!.data.requestBody).toEqual({ a: 1 });
  });
});
