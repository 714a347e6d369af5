// A large strategy (10 segments, 30 objectives, 5 approved versions, seeded
// through the core by `examples/seed_strategy.rs`) opens whole in the app.
// Prints how long opening it takes, from the click to the last segment drawn.
import assert from "node:assert/strict";
import fs from "node:fs";
import { after, before, describe, it } from "node:test";

import { launch } from "./lib/app.mjs";
import { screenshot } from "./lib/artifacts.mjs";
import { seededDataHome } from "./lib/flows.mjs";
import { ITALIAN } from "./lib/input.mjs";
import { allByRole, byRole, waitForText } from "./lib/queries.mjs";

describe("a large strategy", { timeout: 300_000 }, () => {
  let dataHome;
  let app = null;

  before(() => {
    dataHome = seededDataHome("regia-e2e-large-", "seed_strategy", []);
  });
  after(async () => {
    if (app) await app.close();
    fs.rmSync(dataHome, { recursive: true, force: true });
  });

  it("opens 10 segments, 30 objectives and 5 versions", async () => {
    app = await launch({ dataHome, label: "strategy-large", env: ITALIAN });
    const { browser } = app;
    await (await byRole(browser, "button", "Forno Grande", { timeout: 30_000 })).click();
    await byRole(browser, "heading", "Forno Grande", { level: 1 });

    let started = Date.now();
    await (await byRole(browser, "button", "Strategia")).click();
    await byRole(browser, "region", "Segmento 10");
    const openMs = Date.now() - started;
    assert.equal((await allByRole(browser, "region", /^Segmento \d+$/)).length, 10);
    await waitForText(browser, "In vigore: versione 5");

    started = Date.now();
    await (await byRole(browser, "tab", "Strategia social")).click();
    await byRole(browser, "heading", "Obiettivo macro 6", { level: 3 });
    const socialMs = Date.now() - started;
    await waitForText(browser, "Obiettivo micro 6.4");
    await screenshot(browser, "strategy-large-social");

    started = Date.now();
    await (await byRole(browser, "tab", "Versioni")).click();
    await (await byRole(browser, "button", "Apri la versione 1")).click();
    const v1 = await byRole(browser, "region", "Versione 1: sola lettura");
    await waitForText(browser, "Pane buono per tutti (versione 1).", { within: v1 });
    const versionMs = Date.now() - started;
    await screenshot(browser, "strategy-large-versions");
    console.log(`# open the strategy (10 segments, 30 objectives, 5 versions): canvas ${openMs} ms, social strategy ${socialMs} ms, version 1 ${versionMs} ms (WebDriver round trips included)`);
  });
});
