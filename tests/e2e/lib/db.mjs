// Read the app's SQLite database with the sqlite3 CLI.
//
//   const rows = await query(dataHome, "SELECT id, name FROM business");
//   // -> [{ id: 1, name: "Bar Sport" }]   ([] when the query returns nothing)
//
// Read after app.close(): the app is gone, so nothing holds the database.

import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { APP_IDENTIFIER } from "./app.mjs";

/** Where the app keeps its database for a given XDG_DATA_HOME. */
export function dbPath(dataHome) {
  return path.join(path.resolve(dataHome), APP_IDENTIFIER, "regia.db");
}

/**
 * Run `sql` with `sqlite3 -json` on the app's database under `dataHome`
 * and return the rows as objects ([] on empty output).
 * Throws if the database file does not exist (sqlite3 would silently create it).
 * @returns {Promise<Array<Record<string, unknown>>>}
 */
export async function query(dataHome, sql, opts = {}) {
  const file = dbPath(dataHome);
  if (!fs.existsSync(file)) {
    throw new Error(`db.query: no database at ${file}`);
  }
  let out;
  try {
    out = execFileSync("sqlite3", ["-json", "-bail", "-cmd", ".timeout 5000", file, sql], {
      encoding: "utf8",
      timeout: opts.timeout ?? 30_000,
      stdio: ["ignore", "pipe", "pipe"],
    });
  } catch (err) {
    const stderr = err.stderr ? String(err.stderr).trim() : err.message;
    throw new Error(`db.query failed on ${file}\n  sql: ${sql}\n  ${stderr}`);
  }
  const text = out.trim();
  if (!text) return [];
  // Several statements print several JSON arrays back to back: merge them.
  const chunks = text.split(/\]\s*\n\s*\[/);
  if (chunks.length === 1) return JSON.parse(text);
  return chunks.flatMap((c, i) =>
    JSON.parse((i === 0 ? "" : "[") + c + (i === chunks.length - 1 ? "" : "]")),
  );
}

/** First column of the first row, or undefined (handy for PRAGMA and COUNT). */
export async function scalar(dataHome, sql) {
  const rows = await query(dataHome, sql);
  if (!rows.length) return undefined;
  return Object.values(rows[0])[0];
}
