import { parseBody } from '../shared/json-body';
import { isoNow, type Clock, type Emit } from './emit';
import { absoluteUrl, isSiteApi } from './site-urls';

interface FetchHost {
  fetch: typeof fetch;
}

/**
 * Wraps `host.fetch` so that responses of the site's API are captured. The page gets exactly what
 * the original fetch gives (same Response object, same rejections); capture reads a clone, and its
 * own failures are swallowed. Returns the original fetch.
 */
export function installFetchCapture(host: FetchHost, emit: Emit, baseUrl: () => string, now: Clock = isoNow): typeof fetch {
  const original = host.fetch;
  const wrapped = function fetch(input: RequestInfo | URL, init?: RequestInit): Promise<Response> {
    const capture = startCapture(input, init, baseUrl);
    const pending = Reflect.apply(original, host, [input, init]) as Promise<Response>;
    if (capture === null) return pending;
    return pending.then((response) => {
      try {
        void record(response.clone(), capture, emit, now);
      } catch {
        // A body already used or a locked stream: skip the capture, keep the page working.
      }
      return response;
    });
  };
  host.fetch = wrapped;
  return original;
}

interface PendingCapture {
  url: string;
  method: string;
  requestBody: Promise<unknown>;
}

function startCapture(input: RequestInfo | URL, init: RequestInit | undefined, baseUrl: () => string): PendingCapture | null {
  try {
    const isRequest = typeof Request !== 'undefined' && input instanceof Request;
    const url = absoluteUrl(isRequest ? input.url : String(input), baseUrl());
    if (!isSiteApi(url)) return null;
    const method = (init?.method ?? (isRequest ? input.method : 'GET')).toUpperCase();
    return { url, method, requestBody: readRequestBody(input, init, isRequest) };
  } catch {
    return null;
  }
}

function readRequestBody(input: RequestInfo | URL, init: RequestInit | undefined, isRequest: boolean): Promise<unknown> {
  const body = init?.body;
  if (typeof body === 'string') return Promise.resolve(parseBody(body));
  if (body instanceof URLSearchParams) return Promise.resolve(body.toString());
  // The clone must be taken before the original fetch consumes the request's body.
  if (body == null && isRequest && (input as Request).body !== null) return (input as Request).clone().text().then(parseBody, () => null);
  return Promise.resolve(null);
}

async function record(response: Response, capture: PendingCapture, emit: Emit, now: Clock): Promise<void> {
  try {
    const [requestBody, text] = await Promise.all([capture.requestBody, response.text()]);
    emit({
      event: 'fetch',
      data: { url: capture.url, method: capture.method, status: response.status, requestBody, responseBody: parseBody(text), capturedAt: now() },
    });
  } catch {
    // Aborted or unreadable body: nothing to capture.
  }
}
