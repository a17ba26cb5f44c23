// Read-only queries on a stack's PostgreSQL database through psql, asynchronously: a blocking call would
// stall the scripted Agents' sockets while it runs.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** `rows(sql)` resolves to an array of rows, each an array of column texts. */
export function postgres(databaseUrl) {
  const url = new URL(databaseUrl);
  const args = ['-h', url.hostname, '-p', url.port || '5432', '-U', decodeURIComponent(url.username), '-d', url.pathname.slice(1), '-qtAF', '\t', '-v', 'ON_ERROR_STOP=1', '-c'];
  const env = { ...process.env, PGPASSWORD: decodeURIComponent(url.password) };
  return {
    async rows(sql) {
      const { stdout } = await run('psql', [...args, sql], { env, maxBuffer: 256 * 1024 * 1024 });
      return stdout.split('\n').filter(Boolean).map((line) => line.split('\t'));
    },
    async count(sql) {
      const [[n]] = await this.rows(sql);
      return Number(n);
    },
  };
}
