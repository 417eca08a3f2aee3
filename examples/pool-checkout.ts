// Library presets: this file imports pg, so pooled clients are tracked like kref references.
// `pool.connect()` checks a client out; `client.release()` (or the callback's `done()`) returns it.
import { Pool } from "pg";

const pool = new Pool();

// Correct: the client goes back to the pool whatever the query does.
export async function countUsers(): Promise<number> {
  const client = await pool.connect();
  try {
    const result = await client.query("SELECT count(*) AS n FROM users");
    return Number(result.rows[0].n);
  } finally {
    client.release();
  }
}

// Bug: a failing query skips the release, and the pool slowly runs dry.
export async function renameUser(id: number, name: string): Promise<void> {
  const client = await pool.connect();
  await client.query("UPDATE users SET name = $1 WHERE id = $2", [name, id]);
  client.release();
}

// Bug (callback form): the early return for bad ids never calls done(). (When err is set there
// is no client to release, so the first return is fine.)
export function loadUser(id: number, reply: (row: unknown) => void): void {
  pool.connect((err, client, done) => {
    if (err) return reply(null);
    if (id <= 0) return;
    client.query("SELECT * FROM users WHERE id = $1", [id], (qerr, result) => {
      done();
      reply(qerr ? null : result.rows[0]);
    });
  });
}
