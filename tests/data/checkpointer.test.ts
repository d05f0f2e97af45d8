// The WAL checkpointer thread: rows committed by a connection that never checkpoints reach the
// database file itself once the checkpointer has run.
import { copyFileSync, mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";
import { startCheckpointer } from "../../app/db/checkpointer.server";

const dir = mkdtempSync(join(tmpdir(), "porchlight-wal-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Rows visible from the main database file alone (a copy without its -wal). */
function rowsInMainFile(file: string): number {
  const copy = join(dir, `copy-${Math.random().toString(36).slice(2)}.sqlite`);
  copyFileSync(file, copy);
  const conn = new Database(copy, { readonly: true });
  try {
    return (conn.prepare("SELECT count(*) AS n FROM t").get() as { n: number }).n;
  } finally {
    conn.close();
  }
}

describe("WAL checkpointer", () => {
  it("moves committed pages from the log into the database file, off the calling thread", async () => {
    const file = join(dir, "wal.sqlite");
    const writer = new Database(file);
    writer.pragma("journal_mode = WAL");
    writer.pragma("wal_autocheckpoint = 0");
    writer.exec("CREATE TABLE t (id INTEGER PRIMARY KEY, body TEXT)");
    writer.pragma("wal_checkpoint(TRUNCATE)"); // the empty table is in the file; the rows will not be
    const insert = writer.prepare("INSERT INTO t (body) VALUES (?)");
    writer.transaction(() => {
      for (let i = 0; i < 2000; i++) insert.run(`row ${i} ${"x".repeat(100)}`);
    })();
    expect(statSync(`${file}-wal`).size).toBeGreaterThan(100_000);
    expect(rowsInMainFile(file)).toBe(0); // everything is still only in the log

    const checkpointer = startCheckpointer(file, 60_000);
    try {
      const result = await checkpointer.now();
      expect(result.ok).toBe(true);
      expect(result.log).toBeGreaterThan(0);
      expect(result.checkpointed).toBe(result.log);
      expect(rowsInMainFile(file)).toBe(2000);
    } finally {
      await checkpointer.stop();
      writer.close();
    }
  });

  it("reports a database it cannot open instead of failing silently", async () => {
    const checkpointer = startCheckpointer(join(dir, "missing.sqlite"), 60_000);
    const errors: unknown[] = [];
    const stopped = new Promise<void>((resolve) => {
      const original = console.error;
      console.error = (...args: unknown[]) => {
        errors.push(args.join(" "));
        console.error = original;
        resolve();
      };
    });
    await stopped;
    expect(String(errors[0])).toMatch(/WAL checkpointer stopped.*(unable to open|does not exist|SQLITE_CANTOPEN)/i);
    await checkpointer.stop();
  });
});
