import { parseBody } from '../shared/json-body';
import { isoNow, type Clock, type Emit } from './emit';
import { absoluteUrl, isSiteApi } from './site-urls';

interface XhrTarget {
  method: string;
  url: string;
}

/**
 * Patches XMLHttpRequest.prototype.open/send (not the constructor, so `instanceof`, constants and
 * the page's own listeners are untouched) and captures the site's API responses on `loadend`.
 */
export function installXhrCapture(Xhr: typeof XMLHttpRequest, emit: Emit, baseUrl: () => string, now: Clock = isoNow): void {
  const proto = Xhr.prototype;
  const originalOpen = proto.open;
  const originalSend = proto.send;
  const targets = new WeakMap<XMLHttpRequest, XhrTarget>();

  proto.open = function open(this: XMLHttpRequest, ...args: unknown[]) {
    try {
      const url = absoluteUrl(String(args[1]), baseUrl());
      if (isSiteApi(url)) targets.set(this, { method: String(args[0]).toUpperCase(), url });
      else targets.delete(this);
    } catch {
      targets.delete(this);
    }
    return Reflect.apply(originalOpen, this, args) as void;
  } as typeof proto.open;

  proto.send = function send(this: XMLHttpRequest, ...args: unknown[]) {
    const target = targets.get(this);
    if (target) {
      try {
        const body = args[0];
        const requestBody = typeof body === 'string' ? parseBody(body) : null;
        this.addEventListener('loadend', () => emitResponse(this, target, requestBody, emit, now), { once: true });
      } catch {
        // Capture is best effort; the request goes out regardless.
      }
    }
    return Reflect.apply(originalSend, this, args) as void;
  };
}

function emitResponse(xhr: XMLHttpRequest, target: XhrTarget, requestBody: unknown, emit: Emit, now: Clock): void {
  try {
    if (xhr.status === 0) return; // aborted or network error: no response to capture
    emit({
      event: 'xhr',
      data: { url: target.url, method: target.method, status: xhr.status, requestBody, responseBody: readResponse(xhr), capturedAt: now() },
    });
  } catch {
    // Never throw into the page's event loop.
  }
}

function readResponse(xhr: XMLHttpRequest): unknown {
  switch (xhr.responseType) {
    case '':
    case 'text':
      return parseBody(xhr.responseText);
    case 'json':
      return xhr.response as unknown;
    default:
      return null; // blobs and buffers are not chat data
  }
}
