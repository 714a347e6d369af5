// The editorial calendar through the real app: create one content on two
// channels, drag one variant to another day (and undo, and again), send it
// for review and record the business's approval, export iCalendar and CSV
// through the system's save dialog, import a CSV with a bad row (refused with
// its row number, nothing written) and then a good one.
import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { after, before, describe, it } from "node:test";

import { launch } from "./lib/app.mjs";
import { screenshot } from "./lib/artifacts.mjs";
import { query, scalar } from "./lib/db.mjs";
import { answerFileDialog } from "./lib/dialog.mjs";
import { agencyWithClient } from "./lib/flows.mjs";
import { ITALIAN, type } from "./lib/input.mjs";
import { byRole, waitForRoleGone, waitForText } from "./lib/queries.mjs";

/** Drags `source` onto `target` with the mouse, as a person does. */
async function drag(browser, source, target) {
  await browser.performActions([
    {
      type: "pointer",
      id: "mouse",
      parameters: { pointerType: "mouse" },
      actions: [
        { type: "pointerMove", origin: source, x: 0, y: 0 },
        { type: "pointerDown", button: 0 },
        { type: "pause", duration: 150 },
        { type: "pointerMove", origin: source, x: 8, y: 8, duration: 100 },
        { type: "pointerMove", origin: target, x: 0, y: 0, duration: 400 },
        { type: "pause", duration: 150 },
        { type: "pointerUp", button: 0 },
      ],
    },
  ]);
  await browser.releaseActions();
}

describe("the editorial calendar", { timeout: 480_000 }, () => {
  let dataHome;
  let files;
  let app = null;

  before(() => {
    dataHome = fs.mkdtempSync(path.join(os.tmpdir(), "regia-e2e-calendar-"));
    files = fs.mkdtempSync(path.join(os.tmpdir(), "regia-e2e-files-"));
  });
  after(async () => {
    if (app) await app.close();
    fs.rmSync(dataHome, { recursive: true, force: true });
    fs.rmSync(files, { recursive: true, force: true });
  });

  it("plans, moves, approves, exports and imports content", async () => {
    app = await launch({ dataHome, label: "calendar", env: ITALIAN });
    const { browser } = app;
    await agencyWithClient(browser, "Studio Nord", "Forno Rossi");

    // One content on Instagram and Facebook: two linked items.
    await (await byRole(browser, "button", "Calendario")).click();
    await byRole(browser, "heading", "Calendario di Forno Rossi", { level: 1 });
    await (await byRole(browser, "button", "Mese successivo")).click();
    await byRole(browser, "heading", "dicembre 2026");
    await (await byRole(browser, "button", "Nuovo contenuto")).click();
    const editor = await byRole(browser, "dialog", "Nuovo contenuto");
    const channels = await byRole(browser, "group", "Canali", { within: editor });
    await (await byRole(browser, "checkbox", "Instagram", { within: channels })).click();
    await (await byRole(browser, "checkbox", "Facebook", { within: channels })).click();
    await type(browser, "textbox", "Titolo", "Menù delle feste", { within: editor });
    await type(browser, "textbox", "Testo", "Il nostro panettone, fatto a mano; prenotalo entro il 20!", { within: editor });
    await type(browser, "textbox", "Data", "15/12/2026", { within: editor });
    await type(browser, "textbox", "Ora", "10:30", { within: editor });
    await screenshot(browser, "calendar-editor");
    await (await byRole(browser, "button", "Crea", { within: editor })).click();
    await waitForRoleGone(browser, "dialog", "Nuovo contenuto");
    await byRole(browser, "gridcell", /^martedì 15 dicembre 2026, 2 contenuti/);
    assert.equal(await scalar(dataHome, "SELECT count(DISTINCT group_id) FROM content_items"), 1);
    await screenshot(browser, "calendar-month");

    // Drag the Facebook item to Friday 18; undo; drag it again.
    const facebook = () => byRole(browser, "button", /^10:30, Facebook, Menù delle feste/);
    await drag(browser, await facebook(), await byRole(browser, "gridcell", /^venerdì 18 dicembre 2026/));
    await waitForText(browser, "Spostato al 18/12/2026");
    assert.equal(await scalar(dataHome, "SELECT planned_local FROM content_items WHERE channel = 'facebook'"), "2026-12-18T10:30");
    await (await byRole(browser, "button", "Annulla")).click();
    await waitForText(browser, "Riportato al 15/12/2026");
    assert.equal(await scalar(dataHome, "SELECT planned_local FROM content_items WHERE channel = 'facebook'"), "2026-12-15T10:30");
    await drag(browser, await facebook(), await byRole(browser, "gridcell", /^venerdì 18 dicembre 2026/));
    await byRole(browser, "gridcell", /^venerdì 18 dicembre 2026, 1 contenuto/);

    // Review and the business's approval, recorded by the agency.
    await (await facebook()).click();
    const opened = await byRole(browser, "dialog", "Modifica «Menù delle feste»");
    await (await byRole(browser, "button", "Invia in revisione", { within: opened })).click();
    await (await byRole(browser, "button", "Approva", { within: opened })).click();
    const approval = await byRole(browser, "form", "Approvazione di «Menù delle feste»");
    await type(browser, "textbox", "Chi approva", "Maria Rossi", { within: approval });
    await (await byRole(browser, "combobox", "Come ha risposto", { within: approval })).selectByVisibleText("Per email");
    await screenshot(browser, "calendar-approval");
    await (await byRole(browser, "button", "Conferma l'approvazione", { within: approval })).click();
    await waitForRoleGone(browser, "form", "Approvazione di «Menù delle feste»");
    assert.deepEqual(await query(dataHome, "SELECT status, decided_by, decided_via FROM content_items WHERE channel = 'facebook'"), [
      { status: "approved", decided_by: "Maria Rossi", decided_via: "email" },
    ]);
    await (await byRole(browser, "button", "Chiudi", { within: opened })).click();
    await waitForRoleGone(browser, "dialog", "Modifica «Menù delle feste»");

    // Export through the system's save dialog.
    await (await byRole(browser, "button", "Esporta e importa")).click();
    const ics = path.join(files, "forno.ics");
    await (await byRole(browser, "button", "Esporta per il calendario (.ics)")).click();
    await answerFileDialog(ics, { save: true });
    await waitForText(browser, `Esportati 2 contenuti in ${ics}.`);
    const calendar = fs.readFileSync(ics, "utf8");
    assert.match(calendar, /^BEGIN:VCALENDAR\r\n/);
    assert.match(calendar, /DTSTART;TZID=Europe\/Rome:20261218T103000\r\n/);
    assert.match(calendar, /SUMMARY:\[Facebook\] Menù delle feste\r\n/);
    assert.match(calendar, /STATUS:CONFIRMED\r\n/);
    const csv = path.join(files, "forno.csv");
    await (await byRole(browser, "button", "Esporta tutto (.csv)")).click();
    await answerFileDialog(csv, { save: true });
    await waitForText(browser, `Esportati 2 contenuti in ${csv}.`);
    const exported = fs.readFileSync(csv, "utf8");
    assert.match(exported, /^\uFEFFCanale;Titolo;Testo;Data;Ora;Stato/);
    assert.match(exported, /facebook;Menù delle feste;.*;18\/12\/2026;10:30;approved/);

    // Import: a file from Italian Excel with a bad date on row 3 writes nothing.
    const bad = path.join(files, "bad.csv");
    fs.writeFileSync(bad, "\uFEFFCanale;Titolo;Testo;Data;Ora\r\nInstagram;Auguri di Natale;Buone feste!;24/12/2026;09:00\r\nInstagram;Capodanno;;31/02/2026;12:00\r\n");
    await (await byRole(browser, "button", "Importa da CSV…")).click();
    await answerFileDialog(bad);
    await waitForText(browser, "Riga 3 (Data): «31/02/2026» non è una data valida (scrivila come 31/12/2026).");
    await screenshot(browser, "calendar-import-errors");
    assert.equal(await (await byRole(browser, "button", "Importa 1 contenuto")).isEnabled(), false);
    await (await byRole(browser, "button", "Annulla l'importazione")).click();
    assert.equal(await scalar(dataHome, "SELECT count(*) FROM content_items"), 2);

    const good = path.join(files, "good.csv");
    fs.writeFileSync(good, "\uFEFFCanale;Titolo;Testo;Data;Ora\r\nInstagram;Auguri di Natale;Buone feste!;24/12/2026;09:00\r\nFacebook;Capodanno;Buon anno;31/12/2026;12:00\r\n");
    await (await byRole(browser, "button", "Importa da CSV…")).click();
    await answerFileDialog(good);
    await waitForText(browser, "2 contenuti pronti da importare.");
    await screenshot(browser, "calendar-import-preview");
    await (await byRole(browser, "button", "Importa 2 contenuti")).click();
    await waitForText(browser, "Importati 2 contenuti.");
    await byRole(browser, "gridcell", /^giovedì 24 dicembre 2026, 1 contenuto/);
    assert.equal(await scalar(dataHome, "SELECT count(*) FROM content_items"), 4);
    await (await byRole(browser, "heading", "Calendario di Forno Rossi", { level: 1 })).scrollIntoView({ block: "start" });
    await screenshot(browser, "calendar-after-import");

    // The week and the agency's overview.
    await (await byRole(browser, "tab", "Settimana")).click();
    await screenshot(browser, "calendar-week");
    await (await byRole(browser, "button", "Calendario di tutti")).click();
    await byRole(browser, "button", "Mese successivo");
    await (await byRole(browser, "button", "Mese successivo")).click();
    await byRole(browser, "button", /^Forno Rossi, 10:30, Facebook, Menù delle feste, Approvato/);
    await screenshot(browser, "calendar-overview");
  });
});
