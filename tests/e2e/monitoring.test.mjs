// Monitoring and reviews through the real app, on a client seeded through the
// core (`examples/seed_monitoring.rs`: Instagram and Facebook in the plan, the
// objective "Contatti da Facebook", advertising on Facebook in the split, two
// future advertising posts). Import a CSV of the last three months with a bad
// file first (nothing written), see the KPI off track on its chart and the
// activity flagged, type a value in the grid (a negative one refused), hold a
// review: stop advertising on Facebook, start a new activity; then see the
// calendar and the split change, the monthly report, and the SQLite file.
import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { after, before, describe, it } from "node:test";

import { launch } from "./lib/app.mjs";
import { screenshot } from "./lib/artifacts.mjs";
import { query, scalar } from "./lib/db.mjs";
import { answerFileDialog } from "./lib/dialog.mjs";
import { seededDataHome } from "./lib/flows.mjs";
import { ITALIAN, type } from "./lib/input.mjs";
import { byRole, queryByRole, waitForRoleGone, waitForText } from "./lib/queries.mjs";

const MONTHS = ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre", "novembre", "dicembre"];

/** The first days of the last `count` complete months, oldest first. */
function lastMonths(count) {
  const now = new Date();
  const out = [];
  for (let back = count; back >= 1; back -= 1) out.push(new Date(now.getFullYear(), now.getMonth() - back, 1));
  return out;
}

const ddmmyyyy = (d, day = 1) => `${String(day).padStart(2, "0")}/${String(d.getMonth() + 1).padStart(2, "0")}/${d.getFullYear()}`;
const monthName = (d) => `${MONTHS[d.getMonth()]} ${d.getFullYear()}`;

describe("monitoring and reviews", { timeout: 600_000 }, () => {
  let dataHome;
  let files;
  let app = null;

  before(() => {
    dataHome = seededDataHome("regia-e2e-monitoring-", "seed_monitoring");
    files = fs.mkdtempSync(path.join(os.tmpdir(), "regia-e2e-monitoring-files-"));
  });
  after(async () => {
    if (app) await app.close();
    if (process.env.E2E_KEEP_DATA) console.log(`# kept data home: ${dataHome}`);
    else fs.rmSync(dataHome, { recursive: true, force: true });
    fs.rmSync(files, { recursive: true, force: true });
  });

  it("imports a CSV, shows a KPI off track, and a review stops one activity and starts another", async () => {
    app = await launch({ dataHome, label: "monitoring", env: ITALIAN });
    const { browser } = app;
    await (await byRole(browser, "button", "Forno Rossi", { timeout: 30_000 })).click();
    await (await byRole(browser, "button", "Monitoraggio")).click();
    await byRole(browser, "heading", "Monitoraggio di Forno Rossi", { level: 1 });

    const months = lastMonths(3);
    // An export from Italian Meta Business Suite: daily rows, `;`, BOM,
    // thousands with a dot and decimals with a comma.
    const rows = months.flatMap((m) => [`${ddmmyyyy(m, 1)};1.234,5;0`, `${ddmmyyyy(m, 15)};2.000;0`]);

    // A file with a bad date and a negative count writes nothing.
    const bad = path.join(files, "meta-errori.csv");
    fs.writeFileSync(bad, `\uFEFFData;Copertura;Contatti\r\n${rows[0]}\r\n31/02/2026;1.000;0\r\n${ddmmyyyy(months[0], 2)};-3;0\r\n`);
    await (await byRole(browser, "button", "Importa CSV…")).click();
    await answerFileDialog(bad);
    let dialog = await byRole(browser, "dialog", "Importa valori da CSV");
    await (await byRole(browser, "combobox", "Canale del file", { within: dialog })).selectByVisibleText("Facebook");
    await waitForText(browser, /Riga 3 \(Data\)/);
    await waitForText(browser, /Riga 4 \(Copertura\)/);
    await screenshot(browser, "monitoring-import-errors");
    assert.equal(await (await byRole(browser, "button", /^Importa \d+ valor/, { within: dialog })).isEnabled(), false);
    await (await byRole(browser, "button", "Annulla l'importazione", { within: dialog })).click();
    await waitForRoleGone(browser, "dialog", "Importa valori da CSV");
    assert.equal(await scalar(dataHome, "SELECT count(*) FROM measurements"), 0);

    // The good file: two metrics over three months, on Facebook.
    const good = path.join(files, "meta.csv");
    fs.writeFileSync(good, `\uFEFFData;Copertura;Contatti\r\n${rows.join("\r\n")}\r\n`);
    await (await byRole(browser, "button", "Importa CSV…")).click();
    await answerFileDialog(good);
    dialog = await byRole(browser, "dialog", "Importa valori da CSV");
    await (await byRole(browser, "combobox", "Canale del file", { within: dialog })).selectByVisibleText("Facebook");
    await waitForText(browser, "6 valori pronti da importare.");
    await screenshot(browser, "monitoring-import-preview");
    await (await byRole(browser, "button", "Importa 6 valori", { within: dialog })).click();
    await waitForText(browser, "Importati 6 valori.");
    // 1.234,5 + 2.000 per month, read the Italian way.
    assert.equal(await scalar(dataHome, "SELECT count(*) FROM measurements WHERE channel = 'facebook' AND source = 'import'"), 6);
    assert.equal(await scalar(dataHome, "SELECT DISTINCT value FROM measurements WHERE metric = 'reach'"), 3234.5);

    // The KPI is off track: no contact against a line rising from 2 to 10.
    await (await byRole(browser, "tab", "Indicatori")).click();
    const kpi = await byRole(browser, "region", "Contatti da Facebook");
    await waitForText(browser, "Fuori rotta", { within: kpi });
    await byRole(browser, "img", "Andamento di Contatti da Facebook: valori e traguardo", { within: kpi });
    await screenshot(browser, "monitoring-kpis");

    // Advertising on Facebook: hours, no result for three measured months.
    await (await byRole(browser, "tab", "Impegno e risultati")).click();
    const facebook = await byRole(browser, "table", "Facebook");
    await byRole(browser, "rowheader", /^Pubblicità.*Nessun risultato da 3 mesi/, { within: facebook });
    await facebook.scrollIntoView({ block: "start" });
    await screenshot(browser, "monitoring-effort");

    // The grid: a negative count is refused next to its cell, a good one is saved.
    await (await byRole(browser, "tab", "Valori")).click();
    await (await byRole(browser, "combobox", "Canale")).selectByVisibleText("Facebook");
    const last = months[2];
    await type(browser, "textbox", `Facebook, Contatti e richieste, ${monthName(last)}`, "-2");
    await browser.keys(["Enter"]);
    await waitForText(browser, /non può essere un numero negativ/i);
    assert.equal(await scalar(dataHome, "SELECT value FROM measurements WHERE metric = 'leads' AND starts_on LIKE '%-" + String(last.getMonth() + 1).padStart(2, "0") + "-01'"), 0);
    await screenshot(browser, "monitoring-values");

    // The review: its agenda comes from the data.
    await (await byRole(browser, "button", "Revisioni")).click();
    await byRole(browser, "heading", "Revisioni di Forno Rossi", { level: 1 });
    await (await byRole(browser, "button", "Nuova revisione")).click();
    dialog = await byRole(browser, "dialog", "Nuova revisione");
    await type(browser, "textbox", "Partecipanti", "Giulia Rossi, Marco Bianchi", { within: dialog });
    await (await byRole(browser, "button", "Apri la revisione", { within: dialog })).click();
    const agenda = await byRole(browser, "list", "Ordine del giorno");
    await byRole(browser, "listitem", /Contatti da Facebook/, { within: agenda });
    await byRole(browser, "listitem", /Pubblicità · Facebook/, { within: agenda });
    await screenshot(browser, "review-agenda");

    // Stop advertising on Facebook: its two future posts are cancelled.
    await (await byRole(browser, "button", "Decidi l'esito: Pubblicità · Facebook")).click();
    dialog = await byRole(browser, "dialog", "Esito: Pubblicità · Facebook");
    await (await byRole(browser, "radio", "Fermare", { within: dialog })).click();
    await (await byRole(browser, "radio", "Solo l'attività su questo canale", { within: dialog })).click();
    await type(browser, "textbox", "Nota", "Tre mesi senza un contatto: i soldi vanno altrove.", { within: dialog });
    await (await byRole(browser, "button", "Continua", { within: dialog })).click();
    const cancelled = await byRole(browser, "list", "Contenuti che verranno annullati", { within: dialog });
    await byRole(browser, "listitem", /Promo pandoro/, { within: cancelled });
    await byRole(browser, "listitem", /Promo panettone/, { within: cancelled });
    await screenshot(browser, "review-stop-preview");
    await (await byRole(browser, "button", "Conferma e applica", { within: dialog })).click();
    await waitForRoleGone(browser, "dialog", "Esito: Pubblicità · Facebook");
    await waitForText(browser, /Esito: Fermare/);

    // Start a new activity instead, on the objective's item.
    await (await byRole(browser, "button", "Decidi l'esito: Contatti da Facebook")).click();
    dialog = await byRole(browser, "dialog", "Esito: Contatti da Facebook");
    await (await byRole(browser, "radio", "Avviare", { within: dialog })).click();
    await (await byRole(browser, "radio", "Nuova attività", { within: dialog })).click();
    await (await byRole(browser, "combobox", "Attività", { within: dialog })).selectByVisibleText("Un'attività nostra");
    await type(browser, "textbox", "Nome dell'attività", "Dirette dal forno", { within: dialog });
    await (await byRole(browser, "button", "Continua", { within: dialog })).click();
    await (await byRole(browser, "button", "Conferma e applica", { within: dialog })).click();
    await waitForRoleGone(browser, "dialog", "Esito: Contatti da Facebook");
    await waitForText(browser, /Esito: Avviare/);

    // Minutes, then the review is closed.
    const minutes = await byRole(browser, "region", "Verbale");
    await type(browser, "textbox", "Verbale della riunione", "Stop alla pubblicità su Facebook; proviamo le dirette.", { within: minutes });
    await (await byRole(browser, "button", "Salva il verbale", { within: minutes })).click();
    await waitForText(browser, "Verbale salvato");
    await screenshot(browser, "review-decided");
    await (await byRole(browser, "button", "Chiudi la revisione")).click();
    dialog = await byRole(browser, "dialog", "Chiudere la revisione?");
    await (await byRole(browser, "button", "Chiudi la revisione", { within: dialog })).click();
    await waitForRoleGone(browser, "dialog", "Chiudere la revisione?");

    // The plan changed: the split has the new activity and no advertising on Facebook.
    await (await byRole(browser, "button", "Ripartizione")).click();
    const started = await byRole(browser, "rowheader", /Dirette dal forno/);
    assert.equal(await queryByRole(browser, "rowheader", /^Pubblicità/), null);
    await started.scrollIntoView({ block: "center" });
    await screenshot(browser, "review-split-after");
    // The calendar shows the cancelled posts as such, next to the one kept.
    await (await byRole(browser, "button", "Calendario")).click();
    await (await byRole(browser, "tab", "Elenco")).click();
    const seeded = new Date(Date.now() + 7 * 86_400_000);
    if (seeded.getMonth() !== new Date().getMonth()) await (await byRole(browser, "button", "Mese successivo")).click();
    await byRole(browser, "row", /Promo pandoro.*Annullato/);
    await byRole(browser, "row", /Orari delle feste.*Bozza/);
    await screenshot(browser, "review-calendar-after");

    // The monthly report, for the business owner.
    await (await byRole(browser, "button", "Monitoraggio")).click();
    await (await byRole(browser, "button", "Report mensile")).click();
    await byRole(browser, "heading", `Report di ${monthName(last)}`, { level: 1 });
    await byRole(browser, "img", "Andamento di Contatti da Facebook: valori e traguardo");
    await screenshot(browser, "monitoring-report");

    // The file: exactly the two advertising posts were cancelled.
    const items = await query(dataHome, "SELECT title, status FROM content_items ORDER BY title");
    assert.deepEqual(
      items.map((r) => `${r.title}: ${r.status}`),
      ["Il lievito madre: draft", "Orari delle feste: draft", "Promo pandoro: cancelled", "Promo panettone: cancelled"],
    );
    assert.equal(await scalar(dataHome, "SELECT count(*) FROM split_cells c JOIN split_activities a ON a.id = c.activity_id WHERE a.key = 'advertising'"), 0);
    assert.equal(await scalar(dataHome, "SELECT status FROM split_activities WHERE key = 'advertising'"), "closed");
    assert.equal(await scalar(dataHome, "SELECT status FROM split_activities WHERE key = 'custom:dirette dal forno'"), "active");
    const decided = await query(dataHome, "SELECT title, status, decided_via, rationale FROM decisions WHERE decided_via = 'meeting' ORDER BY created_at");
    assert.deepEqual(
      decided.map((d) => d.title),
      ["Fermare: Pubblicità · Facebook", "Avviare: Contatti da Facebook"],
    );
    assert.equal(decided[0].rationale, "Tre mesi senza un contatto: i soldi vanno altrove.");
    assert.equal(await scalar(dataHome, "SELECT status FROM reviews"), "closed");
    assert.equal(await scalar(dataHome, "SELECT minutes FROM reviews"), "Stop alla pubblicità su Facebook; proviamo le dirette.");
  });
});
