// A business install on an English system: the business becomes its own one
// client, lands on its questionnaire, and has no client list; the language
// can be switched to Italian in Settings and stays so after a restart.
import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { after, before, describe, it } from "node:test";

import { launch } from "./lib/app.mjs";
import { screenshot } from "./lib/artifacts.mjs";
import { query } from "./lib/db.mjs";
import { byRole, queryByRole, waitForText } from "./lib/queries.mjs";

const ENGLISH = { LANG: "en_GB.UTF-8", LC_ALL: "en_GB.UTF-8", LANGUAGE: "en" };

describe("first run of a business", { timeout: 240_000 }, () => {
  let dataHome;
  let app = null;
  before(() => {
    dataHome = fs.mkdtempSync(path.join(os.tmpdir(), "regia-e2e-business-"));
  });
  after(async () => {
    if (app) await app.close();
    fs.rmSync(dataHome, { recursive: true, force: true });
  });

  it("becomes its own client and opens on its questionnaire", async () => {
    app = await launch({ dataHome, label: "business-first", env: ENGLISH });
    const { browser } = app;
    await byRole(browser, "heading", "Welcome to Regia", { timeout: 30_000 });
    await (await byRole(browser, "textbox", "Business name")).addValue("Forno Rossi");
    await (await byRole(browser, "button", "Start")).click();
    await byRole(browser, "heading", "Questionnaire of Forno Rossi", { level: 1 });
    assert.equal(await queryByRole(browser, "button", "Clients", { timeout: 0 }), null, "a business has no client list");
    await waitForText(browser, "0 answers to 51 questions");
    await screenshot(browser, "business-questionnaire");

    await (await byRole(browser, "button", "Details")).click();
    await byRole(browser, "heading", "Forno Rossi", { level: 1 });
    await screenshot(browser, "business-details");

    await (await byRole(browser, "button", "Settings")).click();
    await (await byRole(browser, "radio", "Italiano")).click();
    await byRole(browser, "heading", "Impostazioni", { level: 1 });
    await app.close();
    app = null;

    const clients = await query(dataHome, "SELECT c.name, p.kind FROM clients c JOIN profile p ON p.own_client_id = c.id");
    assert.deepEqual(clients, [{ name: "Forno Rossi", kind: "business" }]);
    assert.deepEqual(await query(dataHome, "SELECT value FROM settings WHERE key = 'language'"), [{ value: "it" }]);

    app = await launch({ dataHome, label: "business-restart", env: ENGLISH });
    await byRole(app.browser, "heading", "Questionario di Forno Rossi", { level: 1, timeout: 30_000 });
    await app.close();
    app = null;
  });
});
