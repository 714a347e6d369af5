// A month with 2,000 items in the real app, on a database seeded through the
// core (`examples/seed_calendar.rs`: 50 clients; 8,000 items here, 80,000 with
// E2E_CALENDAR_ITEMS=80000). Checks the dense days stay light and prints how
// long the month takes to appear.
import assert from "node:assert/strict";
import fs from "node:fs";
import { after, before, describe, it } from "node:test";

import { launch } from "./lib/app.mjs";
import { screenshot } from "./lib/artifacts.mjs";
import { seededDataHome } from "./lib/flows.mjs";
import { ITALIAN } from "./lib/input.mjs";
import { byRole, waitForText } from "./lib/queries.mjs";

const ITEMS = process.env.E2E_CALENDAR_ITEMS ?? "8000";

describe("a dense month", { timeout: 600_000 }, () => {
  let dataHome;
  let app = null;

  before(() => {
    dataHome = seededDataHome("regia-e2e-dense-", "seed_calendar", [ITEMS]);
  });
  after(async () => {
    if (app) await app.close();
    fs.rmSync(dataHome, { recursive: true, force: true });
  });

  it("shows December 2026 with 2,000 items of one client, a few chips a day", async () => {
    app = await launch({ dataHome, label: "calendar-large", env: ITALIAN });
    const { browser } = app;
    await (await byRole(browser, "button", "Cliente 00", { timeout: 30_000 })).click();
    await (await byRole(browser, "button", "Calendario")).click();
    await byRole(browser, "heading", "novembre 2026");

    const started = Date.now();
    await (await byRole(browser, "button", "Mese successivo")).click();
    await byRole(browser, "gridcell", /^giovedì 31 dicembre 2026, \d+ contenuti/);
    const monthMs = Date.now() - started;
    const nodes = await browser.execute(() => document.querySelectorAll("[role=grid] *").length);
    const chips = await browser.execute(() => document.querySelectorAll("[role=grid] [data-item]").length);
    assert.ok(chips <= 42 * 3, `${chips} chips in the grid`);
    await screenshot(browser, "calendar-dense-month");

    const listStarted = Date.now();
    await (await byRole(browser, "tab", "Elenco")).click();
    await waitForText(browser, "Post");
    const listMs = Date.now() - listStarted;
    await screenshot(browser, "calendar-dense-list");
    console.log(`# December 2026, 2,000 items of one client on ${ITEMS} in the database: month grid ${monthMs} ms (${chips} chips, ${nodes} nodes in the grid), list ${listMs} ms (WebDriver round trips included)`);
  });
});
