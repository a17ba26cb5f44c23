// @vitest-environment jsdom
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RawCapturedEvent } from '../shared/raw-event';
import { installXhrCapture } from './capture-xhr';

let server: Server;
let origin: string;
const captured: RawCapturedEvent[] = [];

beforeAll(async () => {
  server = createServer((request, response) => {
    const headers = { 'access-control-allow-origin': '*', 'access-control-expose-headers': 'x-site', 'x-site': 'yes' };
    if (request.url?.startsWith('/api2/v2/users/list')) response.writeHead(200, { ...headers, 'content-type': 'application/json' }).end('{"100000001":{"id":100000001,"name":"Fan A"}}');
    else if (request.url?.startsWith('/api2/v2/broken')) response.writeHead(500, headers).end('oops');
    else response.writeHead(200, headers).end('plain');
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  installXhrCapture(XMLHttpRequest, (e) => captured.push(e), () => window.location.href, () => 'now');
});

afterAll(() => new Promise<void>((r) => server.close(() => r())));

function request(url: string, responseType: XMLHttpRequestResponseType = ''): Promise<XMLHttpRequest> {
  return new Promise((resolve) => {
    const xhr = new XMLHttpRequest();
    xhr.open('GET', url);
    xhr.responseType = responseType;
    xhr.onload = () => resolve(xhr);
    xhr.send();
  });
}

describe('installXhrCapture', () => {
  it('should_leave_status_body_and_headers_unchanged_for_the_page', async () => {
    const xhr = await request(`${origin}/api2/v2/users/list?m[]=100000001`);
    expect(xhr).toBeInstanceOf(XMLHttpRequest);
    expect(xhr.status).toBe(200);
    expect(xhr.responseText).toBe('{"100000001":{"id":100000001,"name":"Fan A"}}');
    expect(xhr.getResponseHeader('x-site')).toBe('yes');
    expect(XMLHttpRequest.DONE).toBe(4);
  });

  it('should_capture_site_api_responses_parsed', async () => {
    captured.length = 0;
    await request(`${origin}/api2/v2/users/list?m[]=100000001`, 'json');
    await request(`${origin}/api2/v2/broken`);
    await request(`${origin}/elsewhere`);
    await new Promise((r) => setTimeout(r, 20));
    expect(captured).toEqual([
      { event: 'xhr', data: { url: `${origin}/api2/v2/users/list?m[]=100000001`, method: 'GET', status: 200, requestBody: null, responseBody: { 100000001: { id: 100000001, name: 'Fan A' } }, capturedAt: 'now' } },
      { event: 'xhr', data: { url: `${origin}/api2/v2/broken`, method: 'GET', status: 500, requestBody: null, responseBody: 'oops', capturedAt: 'now' } },
    ]);
  });
});
