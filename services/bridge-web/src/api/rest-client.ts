import { settings } from '../config/settings';

export class RestError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

/** Relative URLs: the gateway that served the page also routes `/api/...` to the owning service. */
export async function apiFetch<T>(path: string, init: RequestInit = {}): Promise<T> {
  const headers = new Headers(init.headers);
  const token = settings.token();
  if (token) headers.set('Authorization', `Bearer ${token}`);
  if (init.body !== undefined) headers.set('Content-Type', 'application/json');
  const response = await fetch(path, { ...init, headers });
  if (!response.ok) throw new RestError(response.status, `${init.method ?? 'GET'} ${path}: HTTP ${response.status}`);
  if (response.status === 204) return undefined as T;
  const text = await response.text();
  return (text ? JSON.parse(text) : undefined) as T;
}
