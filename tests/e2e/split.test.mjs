// The in-house / agency split through the real app: two people and two
// channels; accept Regia's advice on one row, override it on another (with
// bad input on the way: negative hours, no Accountable), both decisions in
// the log; complete a skill transfer and see the advice change; overload a
// person and see the warning; the phases, the printed RACI table, and the
// SQLite file afterwards.
import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { after, before, describe, it } from "node:test";

import { launch } from "./lib/app.mjs";
import { screenshot } from "./lib/artifacts.mjs";
import { query, scalar } from "./lib/db.mjs";
import { agencyWithClient } from "./lib/flows.mjs";
import { ITALIAN, type } from "./lib/input.mjs";
import { byRole, waitForRoleGone, waitForText } from "./lib/queries.mjs";

async function addPerson(browser, name, side, hours, skills = {}) {
  await (await byRole(browser, "button", "Aggiungi persona")).click();
  await type(browser, "textbox", "Nome e cognome", name);
  const sides = await byRole(browser, "group", "Lavora per");
  await (await byRole(browser, "radio", side, { within: sides })).click();
  await type(browser, "textbox", "Ore a settimana per i social", hours);
  for (const [skill, level] of Object.entries(skills)) {
    await (await byRole(browser, "combobox", skill)).selectByVisibleText(level);
  }
  await (await byRole(browser, "button", "Aggiungi")).click();
  await byRole(browser, "listitem", new RegExp(`^${name}`));
}

async function addChannel(browser, channel) {
  await (await byRole(browser, "button", "Aggiungi canale")).click();
  await (await byRole(browser, "combobox", "Canale")).selectByVisibleText(channel);
  await (await byRole(browser, "button", "Salva")).click();
  await byRole(browser, "rowheader", channel);
}

/** Opens a row of the matrix and returns its dialog. */
async function openRow(browser, name, title) {
  await (await byRole(browser, "button", name)).click();
  return byRole(browser, "dialog", title);
}

async function advised(browser, dialog) {
  const advice = await byRole(browser, "region", "Consiglio di Regia", { within: dialog });
  const text = await advice.getText();
  const match = /Regia consiglia: (Agenzia|Interno|Condiviso)/.exec(text);
  assert.ok(match, `no advice in: ${text}`);
  return { side: match[1], text };
}

describe("in-house / agency split", { timeout: 480_000 }, () => {
  let dataHome;
  let app = null;

  before(() => {
    dataHome = fs.mkdtempSync(path.join(os.tmpdir(), "regia-e2e-split-"));
  });
  after(async () => {
    if (app) await app.close();
    if (process.env.E2E_KEEP_DATA) console.log(`# kept data home: ${dataHome}`);
    else fs.rmSync(dataHome, { recursive: true, force: true });
  });

  it("builds a split, logs accepted and overridden advice, warns of overload, transfers a skill", async () => {
    app = await launch({ dataHome, label: "split", env: ITALIAN });
    const { browser } = app;
    await agencyWithClient(browser, "Studio Nord", "Forno Rossi");

    // Giulia works inside with a basic hand at copywriting; Marco is the agency's.
    await (await byRole(browser, "button", "Persone")).click();
    await addPerson(browser, "Giulia Bianchi", "Attività", "10", { "Scrittura dei testi": "1 · base" });
    await addPerson(browser, "Marco Neri", "Agenzia", "30");

    await (await byRole(browser, "button", "Strategia")).click();
    await (await byRole(browser, "tab", "Strategia social")).click();
    await addChannel(browser, "Instagram");
    await addChannel(browser, "Facebook");

    await (await byRole(browser, "button", "Ripartizione")).click();
    await byRole(browser, "heading", "Ripartizione interno/agenzia di Forno Rossi", { level: 1 });
    await byRole(browser, "table", "Matrice della ripartizione: avvio");
    await screenshot(browser, "split-matrix-empty");

    // Accept the advice for copywriting on Instagram.
    let dialog = await openRow(browser, "Testi su Instagram: da decidere", "Testi · Instagram · avvio");
    const first = await advised(browser, dialog);
    assert.equal(first.side, "Condiviso", first.text);
    await (await byRole(browser, "button", "Usa il consiglio", { within: dialog })).click();
    await (await byRole(browser, "combobox", "Ruolo di Giulia Bianchi", { within: dialog })).selectByVisibleText("R · esegue");
    await (await byRole(browser, "combobox", "Ruolo di Marco Neri", { within: dialog })).selectByVisibleText("A · ne risponde");
    await screenshot(browser, "split-row-editor");
    await (await byRole(browser, "button", "Salva", { within: dialog })).click();
    await waitForRoleGone(browser, "dialog", "Testi · Instagram · avvio");
    await byRole(browser, "button", "Testi su Instagram: Condiviso");

    // Copywriting on Facebook: the same advice while Giulia's level is basic.
    dialog = await openRow(browser, "Testi su Facebook: da decidere", "Testi · Facebook · avvio");
    assert.equal((await advised(browser, dialog)).side, "Condiviso");
    await (await byRole(browser, "button", "Annulla", { within: dialog })).click();
    await waitForRoleGone(browser, "dialog", "Testi · Facebook · avvio");

    // The agency teaches Giulia copywriting; completing it raises her level.
    await (await byRole(browser, "tab", "Competenze")).click();
    await (await byRole(browser, "button", "Nuovo trasferimento")).click();
    const plan = await byRole(browser, "region", "Nuovo trasferimento");
    await (await byRole(browser, "combobox", "Persona", { within: plan })).selectByVisibleText("Giulia Bianchi");
    await (await byRole(browser, "combobox", "Competenza", { within: plan })).selectByVisibleText("Scrittura dei testi");
    await (await byRole(browser, "combobox", "Livello da raggiungere", { within: plan })).selectByVisibleText("esperta");
    await type(browser, "textbox", "Sessioni", "4", { within: plan });
    await type(browser, "textbox", "Entro il", "31/03/2027", { within: plan });
    await (await byRole(browser, "button", "Salva", { within: plan })).click();
    await byRole(browser, "table", "Piano di trasferimento delle competenze");
    await screenshot(browser, "split-transfer-planned");
    await (await byRole(browser, "button", "Segna come completato: Giulia Bianchi, Scrittura dei testi")).click();
    await waitForText(browser, /Giulia Bianchi ora ha «Scrittura dei testi» a livello esperta/);
    await screenshot(browser, "split-transfers");

    // The advice for copywriting on Facebook is recomputed: now in-house.
    await (await byRole(browser, "tab", "Matrice")).click();
    dialog = await openRow(browser, "Testi su Facebook: da decidere", "Testi · Facebook · avvio");
    const after = await advised(browser, dialog);
    assert.equal(after.side, "Interno", after.text);
    assert.match(after.text, /Giulia Bianchi/);
    await screenshot(browser, "split-advice-after-transfer");
    await (await byRole(browser, "button", "Annulla", { within: dialog })).click();

    // Override the advice for graphics on Facebook, through bad input first.
    dialog = await openRow(browser, "Grafica su Facebook: da decidere", "Grafica · Facebook · avvio");
    assert.equal((await advised(browser, dialog)).side, "Agenzia");
    const who = await byRole(browser, "group", "Chi lo fa", { within: dialog });
    await (await byRole(browser, "radio", "Interno", { within: who })).click();
    await type(browser, "textbox", "Ore interne al mese", "-2", { within: dialog });
    await (await byRole(browser, "button", "Salva", { within: dialog })).click();
    await waitForText(browser, "Non può essere un numero negativo.");
    await type(browser, "textbox", "Ore interne al mese", "40", { within: dialog });
    await type(browser, "textbox", "Perché (facoltativo)", "Giulia vuole curare la grafica del forno", { within: dialog });
    await (await byRole(browser, "button", "Salva", { within: dialog })).click();
    await waitForText(browser, "Scegli chi risponde di questa attività (A): ogni riga ne ha esattamente uno.");
    await screenshot(browser, "split-row-errors");
    // Nothing typed was lost.
    assert.equal(await (await byRole(browser, "textbox", "Ore interne al mese", { within: dialog })).getValue(), "40");
    await (await byRole(browser, "combobox", "Ruolo di Giulia Bianchi", { within: dialog })).selectByVisibleText("A · ne risponde");
    await (await byRole(browser, "button", "Salva", { within: dialog })).click();
    await waitForRoleGone(browser, "dialog", "Grafica · Facebook · avvio");
    await byRole(browser, "button", "Grafica su Facebook: Interno");
    await screenshot(browser, "split-matrix");

    // Giulia now has more than the protected 80 % of her time.
    await (await byRole(browser, "tab", "Capacità e costi")).click();
    await waitForText(browser, /Giulia Bianchi supera il margine protetto: 99 %/);
    await waitForText(browser, "Budget mensile non indicato: Regia non può dire se il piano è sostenibile.");
    await byRole(browser, "img", "Carico delle persone, fase avvio");
    const money = await byRole(browser, "region", "Tariffe e budget");
    await type(browser, "textbox", "Tariffa oraria dell'agenzia (€)", "40", { within: money });
    await type(browser, "textbox", "Budget mensile per l'agenzia (€)", "1.000", { within: money });
    await (await byRole(browser, "button", "Salva tariffe e budget", { within: money })).click();
    await waitForRoleGone(browser, "status", "Budget mensile non indicato: Regia non può dire se il piano è sostenibile.");
    await screenshot(browser, "split-capacity");

    await (await byRole(browser, "tab", "Fasi")).click();
    await byRole(browser, "table", "Come passano le responsabilità");
    await screenshot(browser, "split-phases");

    // Both choices are in the decision log, one following the advice, one not.
    await (await byRole(browser, "button", "Decisioni")).click();
    await waitForText(browser, "Ripartizione: Testi su Instagram (avvio): condiviso");
    await waitForText(browser, "Ripartizione: Grafica su Facebook (avvio): interno");
    await waitForText(browser, "Regia consigliava: condiviso. Consiglio accolto.");
    await waitForText(browser, "Regia consigliava: agenzia. Scelta diversa dal consiglio.");
    await screenshot(browser, "split-decisions");

    // The printable RACI table.
    await (await byRole(browser, "button", "Ripartizione")).click();
    await (await byRole(browser, "button", "Stampa la tabella RACI")).click();
    const printed = await byRole(browser, "table", /avvio/i);
    const printedText = await printed.getText();
    assert.match(printedText, /Testi/);
    assert.match(printedText, /Marco Neri/);
    await screenshot(browser, "split-print");

    await app.close();
    app = null;

    // The file holds what the screens showed.
    const rows = await query(
      dataHome,
      `SELECT a.key, c.side, c.business_hours AS inside, c.agency_hours AS agency,
              (SELECT count(*) FROM split_raci r WHERE r.cell_id = c.id AND r.role = 'accountable') AS accountables
         FROM split_cells c JOIN split_activities a ON a.id = c.activity_id ORDER BY a.position`,
    );
    assert.deepEqual(
      rows.map((r) => [r.key, r.side, r.accountables]),
      [
        ["copywriting", "shared", 1],
        ["graphics", "business", 1],
      ],
    );
    assert.equal(rows[1].inside, 40);
    assert.equal(await scalar(dataHome, "SELECT skill_copywriting FROM people WHERE name = 'Giulia Bianchi'"), 3);
    assert.equal(await scalar(dataHome, "SELECT status FROM skill_transfers"), "done");
    const decisions = await query(dataHome, "SELECT title, status, rationale FROM decisions ORDER BY created_at");
    assert.equal(decisions.length, 2);
    assert.equal(decisions[1].rationale, "Giulia vuole curare la grafica del forno");
    assert.ok(decisions.every((d) => d.status === "proposed"), "the agency proposes; the business agrees in the log");
    assert.equal(await scalar(dataHome, "SELECT monthly_budget FROM split_settings"), 1000);
  });
});
