// Closing the window right after typing loses nothing, and the close guard
// (which makes the close wait for pending saves) does not keep the window
// open. The window is closed without waiting for the "Saved" mark. Saves are
// fast enough that none is usually still in flight here; the waiting itself is
// covered by lib/saver.test.ts (flushAll).
import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { after, describe, it } from "node:test";

import { launch } from "./lib/app.mjs";
import { query } from "./lib/db.mjs";
import { byRole } from "./lib/queries.mjs";

const ENGLISH = { LANG: "en_GB.UTF-8", LC_ALL: "en_GB.UTF-8", LANGUAGE: "en" };
const PROMPT = "Describe your business as you would to a new customer: what you do, where, for how long and with whom.";

/** Whether a `regia` process is still alive in the driver's process group. */
function appRunning(pgid) {
  return fs.readdirSync("/proc").some((pid) => {
    if (!/^\d+$/.test(pid)) return false;
    try {
      const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
      const [state, , pgrp] = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      return stat.includes("(regia)") && Number(pgrp) === pgid && state !== "Z";
    } catch {
      return false;
    }
  });
}

describe("closing the window", { timeout: 120_000 }, () => {
  const dataHome = fs.mkdtempSync(path.join(os.tmpdir(), "regia-e2e-close-"));
  let app = null;
  after(async () => {
    if (app) await app.close();
    fs.rmSync(dataHome, { recursive: true, force: true });
  });

  it("keeps what was typed just before", async () => {
    app = await launch({ dataHome, label: "close", env: ENGLISH });
    const { browser } = app;
    await (await byRole(browser, "textbox", "Business name", { timeout: 30_000 })).addValue("Forno Rossi");
    await (await byRole(browser, "button", "Start")).click();
    const text = "We bake bread every night with our own sourdough; ".repeat(8).trim();
    const field = await byRole(browser, "textbox", PROMPT);
    await field.click();
    await field.addValue(text);
    await browser.closeWindow().catch(() => {});
    const deadline = Date.now() + 15_000;
    while (Date.now() < deadline && appRunning(app.pid)) await new Promise((r) => setTimeout(r, 100));
    assert.equal(appRunning(app.pid), false, "the app did not exit after its window was closed");
    await app.close();
    app = null;
    const rows = await query(
      dataHome,
      "SELECT a.value FROM questionnaire_answers a JOIN questionnaire_questions q ON q.id = a.question_id WHERE q.template_key = 'business.description'",
    );
    assert.deepEqual(rows.map((r) => JSON.parse(r.value)), [{ kind: "text", value: text }]);
  });
});
