// Smoke: the real app starts under Xvfb, shows its first screen, creates its
// database in XDG_DATA_HOME, and starts again on the same data.
import { after, before, describe, it } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { launch } from "./lib/app.mjs";
import { screenshot } from "./lib/artifacts.mjs";
import { dbPath, query } from "./lib/db.mjs";
import { waitForText } from "./lib/queries.mjs";

/** Titles of the top-level X windows on the display (needs xwininfo; null if absent). */
function nativeWindowTitles() {
  try {
    const out = execFileSync("xwininfo", ["-root", "-tree"], { encoding: "utf8", timeout: 10_000 });
    return [...out.matchAll(/^\s+0x[0-9a-f]+ "([^"]*)"/gim)].map((m) => m[1]);
  } catch {
    return null;
  }
}

describe("smoke", { timeout: 240_000 }, () => {
  let dataHome;
  let app = null;
  let failed = false;

  before(() => {
    dataHome = fs.mkdtempSync(path.join(os.tmpdir(), "regia-e2e-smoke-"));
  });

  after(async () => {
    if (app) await app.close();
    if (failed || process.env.E2E_KEEP_DATA) console.log(`# kept data home: ${dataHome}`);
    else fs.rmSync(dataHome, { recursive: true, force: true });
  });

  const guard = (fn) => async (t) => {
    try {
      await fn(t);
    } catch (err) {
      failed = true;
      throw err;
    }
  };

  it("shows the first screen in a window titled Regia", guard(async () => {
    app = await launch({ dataHome, label: "smoke-first" });
    const { browser } = app;
    assert.equal(await browser.getTitle(), "Regia");
    const titles = nativeWindowTitles();
    if (titles) assert.ok(titles.includes("Regia"), `no X window titled "Regia" (seen: ${JSON.stringify(titles)})`);
    await waitForText(browser, /\S/);
    const body = await browser.execute(() => document.body.innerText.trim());
    assert.ok(body.length > 0, "the page body has no visible text");
    await screenshot(browser, "smoke-first-screen");
    await app.close();
    app = null;
  }));

  it("created its database in XDG_DATA_HOME, schema version >= 1", guard(async () => {
    const file = dbPath(dataHome);
    assert.ok(fs.existsSync(file), `no database at ${file}`);
    assert.equal(file, path.join(dataHome, "it.regia.desktop", "regia.db"));
    const [row] = await query(dataHome, "PRAGMA user_version");
    assert.ok(row && row.user_version >= 1, `PRAGMA user_version is ${JSON.stringify(row)}`);
  }));

  it("starts again on the same data", guard(async () => {
    app = await launch({ dataHome, label: "smoke-restart" });
    const { browser } = app;
    assert.equal(await browser.getTitle(), "Regia");
    await waitForText(browser, /\S/);
    await app.close();
    app = null;
    const [row] = await query(dataHome, "PRAGMA user_version");
    assert.ok(row.user_version >= 1);
  }));
});
