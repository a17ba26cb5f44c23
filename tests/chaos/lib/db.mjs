// Reads the stack's PostgreSQL with psql, asynchronously: a blocking call would stall the Agents' sockets
// and the stream while it runs.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);

export function database(databaseUrl) {
  const url = new URL(databaseUrl);
  const args = ['-h', url.hostname, '-p', url.port || '5432', '-U', decodeURIComponent(url.username), '-d', url.pathname.slice(1), '-qtAF', '\t', '-v', 'ON_ERROR_STOP=1', '-c'];
  const env = { ...process.env, PGPASSWORD: decodeURIComponent(url.password) };

  async function rows(query) {
    const { stdout } = await run('psql', [...args, query], { env, maxBuffer: 256 * 1024 * 1024 });
    return stdout.split('\n').filter(Boolean).map((line) => line.split('\t'));
  }

  return {
    rows,
    /**
     * Stored live messages, in ingest's table: marker -> {rows, xid}. The marker is the whole plain text.
     * xid (the inserting transaction) orders one user's inserts, since ingest applies a user's inputs one
     * at a time; a resend that changes nothing does not rewrite the row, so it keeps its first xid.
     */
    async ingestMarkers() {
      const found = await rows("SELECT text_plain, count(*), min(xmin::text::bigint) FROM ingest.messages WHERE text_plain LIKE 'chaos-m-%' GROUP BY 1");
      return new Map(found.map(([marker, n, xid]) => [marker, { rows: Number(n), xid: Number(xid) }]));
    },
    /**
     * The graph projection's copy of the same messages: marker -> {rows, enriched}. Enriched: enrichment's
     * analysis of the message came back to the graph (graph.message_sentiments), the end of that branch.
     */
    async graphMarkers() {
      const found = await rows(`SELECT m.text, count(*), bool_or(s.message_id IS NOT NULL) FROM graph.messages m
        LEFT JOIN graph.message_sentiments s ON s.user_id = m.user_id AND s.message_id = m.message_id
        WHERE m.text LIKE 'chaos-m-%' GROUP BY 1`);
      return new Map(found.map(([marker, n, enriched]) => [marker, { rows: Number(n), enriched: enriched === 't' }]));
    },
  };
}
