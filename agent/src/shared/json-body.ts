/** A body as the capture format wants it: parsed JSON when the text is JSON, else the raw text. */
export function parseBody(text: string | null | undefined): unknown {
  if (text === null || text === undefined || text === '') return null;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}
