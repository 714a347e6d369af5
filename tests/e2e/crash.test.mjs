// Crash safety: the real app is killed with SIGKILL at random moments while
// it writes through its real commands (IPC from the web view, the same calls
// the screens make), again and again. After every kill, `PRAGMA
// integrity_check` is "ok", every write the app acknowledged to the web view
// is in the database, and no write is half there (each client has its whole
// questionnaire, written in the same transaction).
//
// `make test` runs a few kills (CRASH_KILLS, default 5); `make crash` runs 200.
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { after, before, describe, it } from "node:test";

import { killApp, launch } from "./lib/app.mjs";
import { dbPath } from "./lib/db.mjs";
import { ITALIAN } from "./lib/input.mjs";

const KILLS = Number(process.env.CRASH_KILLS || 5);

/** sqlite3 on the file, as a person would after the crash. */
function sql(dataHome, statement) {
  return execFileSync("sqlite3", [dbPath(dataHome), statement], { encoding: "utf8" }).trim();
}

/** Starts writing in the page: clients one after another, each acknowledged name kept in `window.__acked`. */
function startWriting(browser, round) {
  return browser.execute((r) => {
    const invoke = window.__TAURI_INTERNALS__.invoke;
    window.__acked = [];
    window.__failed = null;
    (async () => {
      for (let n = 0; ; n++) {
        const name = `Crash ${r}-${n}`;
        try {
          const answer = await invoke("create_client", {
            input: { name, sector: "Prova", place: "", website: "", timezone: "Europe/Rome", language: "it", phase: "startup", status: "active" },
          });
          if (!answer || answer.status === "error") throw new Error(JSON.stringify(answer));
          window.__acked.push(name);
        } catch (e) {
          window.__failed = String(e);
          return;
        }
      }
    })();
  }, round);
}

describe("crash safety", { timeout: 60_000 + KILLS * 30_000 }, () => {
  let dataHome;
  let app = null;
  before(() => {
    dataHome = fs.mkdtempSync(path.join(os.tmpdir(), "regia-e2e-crash-"));
  });
  after(async () => {
    if (app) await app.close();
    if (!process.env.E2E_KEEP_DATA) fs.rmSync(dataHome, { recursive: true, force: true });
  });

  it(`keeps the database whole and every acknowledged write, over ${KILLS} kills`, async () => {
    const acknowledged = new Set();
    let questions = null;
    for (let round = 0; round < KILLS; round++) {
      app = await launch({ dataHome, label: `crash-${round}`, env: ITALIAN });
      const { browser } = app;
      if (round === 0) {
        await browser.execute(() =>
          window.__TAURI_INTERNALS__.invoke("setup_profile", { input: { kind: "agency", name: "Studio Nord", language: "it" } }),
        );
      }
      await startWriting(browser, round);
      // Watch the acknowledgements until a random moment, then pull the plug.
      const deadline = Date.now() + 150 + Math.random() * 1500;
      let seen = [];
      while (Date.now() < deadline) {
        seen = await browser.execute(() => window.__acked.slice());
        const failed = await browser.execute(() => window.__failed);
        assert.equal(failed, null, `a write failed before the kill: ${failed}`);
      }
      for (const name of seen) acknowledged.add(name);
      assert.ok(killApp(app) >= 1, "the app process was found and killed");
      await app.close();
      app = null;

      assert.equal(sql(dataHome, "PRAGMA integrity_check"), "ok", `after kill ${round + 1}`);
      const stored = new Set(sql(dataHome, "SELECT name FROM clients").split("\n").filter(Boolean));
      const lost = [...acknowledged].filter((name) => !stored.has(name));
      assert.deepEqual(lost, [], `after kill ${round + 1}, acknowledged writes are missing`);
      // No client without its whole questionnaire: each write is all or nothing.
      const counts = sql(dataHome, "SELECT count(*) FROM questionnaire_questions GROUP BY client_id").split("\n").filter(Boolean);
      questions ??= counts[0];
      assert.ok(counts.every((c) => c === questions), `a client with a partial questionnaire: ${counts.join(",")}`);
      console.log(`# kill ${round + 1}: ${seen.length} acknowledged this round, ${stored.size} clients stored`);
    }
    assert.ok(acknowledged.size > KILLS, `the app wrote between kills (${acknowledged.size} acknowledged)`);
  });
});
