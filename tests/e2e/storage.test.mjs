// A database file Regia cannot use is named on screen with the reason, and is
// left exactly as it was: not SQLite at all, or written by a newer Regia.
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { after, describe, it } from "node:test";

import { APP_IDENTIFIER, launch } from "./lib/app.mjs";
import { screenshot } from "./lib/artifacts.mjs";
import { byRole, waitForText } from "./lib/queries.mjs";
import { ITALIAN } from "./lib/input.mjs";

/** Regia's own files in its data folder (WebKit keeps its caches there too). */
const regiaFiles = (dir) => fs.readdirSync(dir).filter((name) => name.startsWith("regia.db")).sort();

function dataHomeWith(prepare) {
  const home = fs.mkdtempSync(path.join(os.tmpdir(), "regia-e2e-storage-"));
  const dir = path.join(home, APP_IDENTIFIER);
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, "regia.db");
  prepare(file);
  return { home, dir, file };
}

describe("a database Regia cannot use", { timeout: 180_000 }, () => {
  const homes = [];
  let app = null;
  after(async () => {
    if (app) await app.close();
    for (const home of homes) fs.rmSync(home, { recursive: true, force: true });
  });

  it("says a file that is not SQLite is not Regia's, and does not touch it", async () => {
    const content = Buffer.from("Appunti della riunione di lunedì\n".repeat(100));
    const { home, dir, file } = dataHomeWith((f) => fs.writeFileSync(f, content));
    homes.push(home);
    app = await launch({ dataHome: home, label: "storage-not-sqlite", env: ITALIAN });
    await byRole(app.browser, "heading", "Regia non riesce ad aprire il suo archivio", { timeout: 30_000 });
    await waitForText(app.browser, /non è un archivio di Regia \(non è un database SQLite\)/);
    await waitForText(app.browser, file, { exact: false });
    await screenshot(app.browser, "storage-not-sqlite");
    await app.close();
    app = null;
    assert.deepEqual(fs.readFileSync(file), content);
    assert.deepEqual(regiaFiles(dir), ["regia.db"], "no -wal, -shm or backup file was created");
  });

  it("says a file from a newer Regia needs a newer Regia, and does not touch it", async () => {
    const { home, dir, file } = dataHomeWith((f) =>
      execFileSync("sqlite3", [f, "CREATE TABLE future (x); PRAGMA user_version = 99;"]),
    );
    homes.push(home);
    const before = fs.readFileSync(file);
    app = await launch({ dataHome: home, label: "storage-newer", env: ITALIAN });
    await byRole(app.browser, "heading", "Regia non riesce ad aprire il suo archivio", { timeout: 30_000 });
    await waitForText(app.browser, /versione più recente di Regia \(schema 99; questa versione arriva a \d+\)/);
    await screenshot(app.browser, "storage-newer-schema");
    await app.close();
    app = null;
    assert.deepEqual(fs.readFileSync(file), before);
    assert.deepEqual(regiaFiles(dir), ["regia.db"]);
  });
});
