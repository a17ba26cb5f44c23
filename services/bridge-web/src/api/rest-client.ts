import { settings } from '../config/settings';
import { client as enrichmentClient } from './generated/enrichment/client.gen';
import { client as graphClient } from './generated/graph/client.gen';

export class RestError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

// The generated clients (npm run sync:rest) call the page's own origin: the gateway that served the page
// also routes `/api/...` to the owning service. The token is read per request, so a new sign-in applies at once.
for (const client of [graphClient, enrichmentClient]) {
  client.setConfig({ baseUrl: location.origin });
  client.interceptors.request.use((request) => {
    const token = settings.token();
    if (token) request.headers.set('Authorization', `Bearer ${token}`);
    return request;
  });
}

/** What a generated call resolves to (its default `fields` style); `response` is missing when fetch itself failed. */
interface Outcome<T> {
  data?: T;
  error?: unknown;
  request: Request;
  response?: Response;
}

/** The body of a generated call, or an Error naming the request and its HTTP status. */
export async function unwrap<T>(call: Promise<Outcome<T>>): Promise<T> {
  const { data, error, request, response } = await call;
  const what = `${request.method} ${new URL(request.url).pathname}`;
  if (!response) throw new RestError(0, `${what}: ${error instanceof Error ? error.message : 'network error'}`);
  if (!response.ok) throw new RestError(response.status, `${what}: HTTP ${response.status}`);
  return data as T;
}
