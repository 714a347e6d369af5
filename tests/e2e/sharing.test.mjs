// Sharing a client between two installs, through two real apps alive at once.
// The agency (seeded through the core, `examples/seed_sharing.rs`: Studio Nord
// with Forno Rossi and the post "Pane del sabato" in review) shares Forno
// Rossi with an invitation file; its own data folder is refused as the shared
// folder. The business's install, set up from scratch, opens the invitation
// and takes the plan. Both edit before any file moves: the client's sector on
// both sides (a crossed edit), its place at the agency, the post approved by
// the business. Then they exchange numbered files through one shared folder:
// the approval arrives at the agency, the sector is a conflict on both sides,
// the business keeps the agency's value and the agency's copy closes. Last,
// the two SQLite files agree and the folder holds only the exchange's files.
//
// The shared folder is chosen only once both have edited: the app syncs every
// shared folder in the background every minute, and a file arriving before
// the business's edit would leave no crossed edit to see.
import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { after, before, describe, it } from "node:test";

import { APP_IDENTIFIER, bringToFront, launch } from "./lib/app.mjs";
import { screenshot } from "./lib/artifacts.mjs";
import { query, scalar } from "./lib/db.mjs";
import { answerFileDialog } from "./lib/dialog.mjs";
import { seededDataHome } from "./lib/flows.mjs";
import { ITALIAN, type } from "./lib/input.mjs";
import { byRole, byText, queryByRole, waitForRoleGone } from "./lib/queries.mjs";

/** The day seed_sharing plans its posts on: a week from today (UTC). */
const POST_DAY = new Date(Date.now() + 7 * 86_400_000);

/** A screenshot of one of the two apps, its window brought in front of the other's. */
async function shot(app, name) {
  await bringToFront(app);
  await screenshot(app.browser, name);
}

/**
 * Scrolls the page so that `element` sits at `block` ("start", "center", "end",
 * "nearest") of the window (WebdriverIO's own scrollIntoView leaves an element
 * already in view where it is).
 */
function scrollTo(browser, element, block) {
  return browser.execute((el, where) => el.scrollIntoView({ block: where }), element, block);
}

/** Opens one tab of Forno Rossi in the client navigation. */
async function openTab(browser, tab) {
  const nav = await byRole(browser, "group", "Forno Rossi");
  await (await byRole(browser, "button", tab, { within: nav })).click();
}

/** The sharing screen's card of the shared folder (looked up again after each visit). */
const folderCard = (browser) => byRole(browser, "region", "Cartella condivisa");

/** Waits until the shared folder holds a file whose name ends with `suffix`. */
async function fileArrives(browser, folder, suffix) {
  await browser.waitUntil(() => fs.readdirSync(folder).some((f) => f.endsWith(suffix)), {
    timeout: 20_000,
    timeoutMsg: `no file *${suffix} in the shared folder (it holds: ${fs.readdirSync(folder).join(", ") || "nothing"})`,
  });
}

describe("sharing a client between two installs", { timeout: 600_000 }, () => {
  let agencyHome;
  let businessHome;
  let shared;
  let files;
  let agency = null;
  let business = null;

  before(() => {
    agencyHome = seededDataHome("regia-e2e-sharing-agency-", "seed_sharing");
    businessHome = fs.mkdtempSync(path.join(os.tmpdir(), "regia-e2e-sharing-business-"));
    shared = fs.mkdtempSync(path.join(os.tmpdir(), "regia-e2e-sharing-folder-"));
    files = fs.mkdtempSync(path.join(os.tmpdir(), "regia-e2e-sharing-files-"));
  });
  after(async () => {
    if (agency) await agency.close();
    if (business) await business.close();
    const dirs = [agencyHome, businessHome, shared, files].filter(Boolean);
    if (process.env.E2E_KEEP_DATA) console.log(`# kept: ${dirs.join(" ")}`);
    else for (const dir of dirs) fs.rmSync(dir, { recursive: true, force: true });
  });

  it("pairs the installs, exchanges changes, and settles a crossed edit", async () => {
    const folderPath = fs.realpathSync(shared);

    // 1. The agency shares Forno Rossi: an invitation file.
    agency = await launch({ dataHome: agencyHome, label: "sharing-agency", env: ITALIAN });
    const a = agency.browser;
    await (await byRole(a, "button", "Forno Rossi", { timeout: 30_000 })).click();
    await openTab(a, "Condivisione");
    await byRole(a, "heading", "Condivisione di Forno Rossi", { level: 1 });
    await byRole(a, "heading", "Condividi questo cliente", { level: 2 });
    const invitation = path.join(files, "invito-forno-rossi.regiax");
    await (await byRole(a, "button", "Crea l'invito…")).click();
    await answerFileDialog(invitation, { save: true });
    await byRole(a, "status", "Invito salvato: mandalo a Forno Rossi. Chi lo apre riceve tutto il piano.");
    await byRole(a, "heading", "Stato dello scambio", { level: 2 });
    await byText(a, "Condiviso con Forno Rossi");
    assert.ok(fs.statSync(invitation).size > 0, "the invitation file is empty");
    await shot(agency, "sharing-agency-shared");

    // Its own data folder is refused: a sync tool must never carry the live database.
    let agencyFolder = await folderCard(a);
    await byText(a, "Nessuna cartella scelta", { within: agencyFolder });
    await (await byRole(a, "button", "Scegli la cartella…", { within: agencyFolder })).click();
    await answerFileDialog(path.join(agencyHome, APP_IDENTIFIER), { folder: true });
    await byRole(a, "alert", /^Questa cartella contiene l'archivio di Regia/, { within: agencyFolder });
    await byText(a, "Nessuna cartella scelta", { within: agencyFolder });
    assert.deepEqual(await query(agencyHome, "SELECT folder, sent_sequence FROM shares"), [{ folder: null, sent_sequence: 0 }]);

    // 2. The business's first start, then the invitation: a preview first.
    business = await launch({ dataHome: businessHome, label: "sharing-business", env: ITALIAN });
    const b = business.browser;
    // Two windows on one display: offset, so neither hides the other whole.
    await b.setWindowRect(200, 100, 1200, 800);
    await byRole(b, "heading", "Benvenuto in Regia", { timeout: 30_000 });
    await (await byRole(b, "radio", /Un'attività/)).click();
    await type(b, "textbox", "Nome dell'attività", "Forno Rossi");
    await (await byRole(b, "button", "Inizia")).click();
    await byRole(b, "heading", "Questionario di Forno Rossi", { level: 1 });
    await openTab(b, "Condivisione");
    await byRole(b, "heading", "Collegati alla tua agenzia", { level: 2 });
    await (await byRole(b, "button", "Apri l'invito…")).click();
    await answerFileDialog(invitation);
    const preview = await byRole(b, "region", "Anteprima dell'invito");
    await byRole(b, "heading", "Invito di Studio Nord", { level: 3, within: preview });
    await byText(b, /^Forno Rossi · \d+ elementi del piano$/, { within: preview });
    await byText(b, "Sostituisce il piano di «Forno Rossi» in questa installazione.", { within: preview });
    await shot(business, "sharing-business-preview");
    await (await byRole(b, "button", "Accetta l'invito", { within: preview })).click();
    await byRole(b, "heading", "Stato dello scambio", { level: 2 });
    await byText(b, "Condiviso con Studio Nord");
    // The agency's client, with its plan, took the place of the business's own.
    const [agencyClient] = await query(agencyHome, "SELECT id FROM clients");
    assert.deepEqual(await query(businessHome, "SELECT id, name, sector, place FROM clients"), [
      { id: agencyClient.id, name: "Forno Rossi", sector: "Panetteria", place: "Modena" },
    ]);
    assert.equal(await scalar(businessHome, "SELECT own_client_id FROM profile"), agencyClient.id);
    assert.equal(await scalar(businessHome, "SELECT status FROM content_items WHERE title = 'Pane del sabato'"), "in_review");

    // 3. Edits on both sides, before any file moves. The business: the sector...
    await openTab(b, "Scheda");
    await byRole(b, "heading", "Forno Rossi", { level: 1 });
    await type(b, "textbox", "Settore", "Forno e pasticceria");
    await (await byRole(b, "button", "Salva")).click();
    await byRole(b, "status", "Salvato");
    assert.equal(await scalar(businessHome, "SELECT sector FROM clients"), "Forno e pasticceria");
    // ...and its approval of the post in review, given in the app with a name.
    await openTab(b, "Calendario");
    await byRole(b, "heading", "Calendario di Forno Rossi", { level: 1 });
    const now = new Date();
    if (POST_DAY.getUTCMonth() !== now.getMonth() || POST_DAY.getUTCFullYear() !== now.getFullYear()) {
      await (await byRole(b, "button", "Mese successivo")).click();
    }
    await (await byRole(b, "button", /, Pane del sabato, In revisione/)).click();
    const editor = await byRole(b, "dialog", "Modifica «Pane del sabato»");
    await (await byRole(b, "button", "Approva", { within: editor })).click();
    const approval = await byRole(b, "form", "Approvazione di «Pane del sabato»", { within: editor });
    assert.equal(await queryByRole(b, "combobox", "Come ha risposto", { within: approval }), null, "a business answers in the app: no 'how'");
    await type(b, "textbox", "Chi approva", "Maria Rossi", { within: approval });
    await (await byRole(b, "button", "Conferma l'approvazione", { within: approval })).click();
    await waitForRoleGone(b, "form", "Approvazione di «Pane del sabato»");
    await (await byRole(b, "button", "Chiudi", { within: editor })).click();
    await waitForRoleGone(b, "dialog", "Modifica «Pane del sabato»");
    assert.deepEqual(await query(businessHome, "SELECT status, decided_by, decided_via FROM content_items WHERE title = 'Pane del sabato'"), [
      { status: "approved", decided_by: "Maria Rossi", decided_via: "in_app" },
    ]);

    // The agency: the same sector, another value, and the place.
    await openTab(a, "Scheda");
    await byRole(a, "heading", "Forno Rossi", { level: 1 });
    await type(a, "textbox", "Settore", "Panificio");
    await type(a, "textbox", "Luogo", "Bologna");
    await (await byRole(a, "button", "Salva")).click();
    await byRole(a, "status", "Salvato");
    assert.deepEqual(await query(agencyHome, "SELECT sector, place FROM clients"), [{ sector: "Panificio", place: "Bologna" }]);

    // 4. The shared folder on both sides, and the exchange: agency, business, agency.
    await openTab(a, "Condivisione");
    agencyFolder = await folderCard(a);
    await (await byRole(a, "button", "Scegli la cartella…", { within: agencyFolder })).click();
    await answerFileDialog(shared, { folder: true });
    await byText(a, folderPath, { within: agencyFolder });
    assert.equal(await queryByRole(a, "alert", undefined, { within: agencyFolder }), null);
    assert.equal(await scalar(agencyHome, "SELECT folder FROM shares"), folderPath);
    await (await byRole(a, "button", "Sincronizza ora", { within: agencyFolder })).click();
    await fileArrives(a, shared, "-agency-000001.regiax");
    await byRole(a, "status", /^Sincronizzato: /, { within: agencyFolder });

    await openTab(b, "Condivisione");
    const businessFolder = await folderCard(b);
    await (await byRole(b, "button", "Scegli la cartella…", { within: businessFolder })).click();
    await answerFileDialog(shared, { folder: true });
    await byText(b, folderPath, { within: businessFolder });
    await (await byRole(b, "button", "Sincronizza ora", { within: businessFolder })).click();
    await fileArrives(b, shared, "-business-000001.regiax");

    // The business: the sector crossed, both values shown, the agency's suggested.
    const businessConflict = await byRole(b, "group", "Conflitto: Forno Rossi", { timeout: 20_000 });
    await byText(b, "Cliente · Settore", { within: businessConflict });
    await byText(b, /^Qui \(Forno Rossi\)$/, { within: businessConflict });
    await byText(b, "Forno e pasticceria", { within: businessConflict });
    await byText(b, /^Studio Nord\s*Consigliato$/, { within: businessConflict });
    await byText(b, "Panificio", { within: businessConflict });
    await scrollTo(b, businessConflict, "nearest");
    await shot(business, "sharing-business-conflict");

    await (await byRole(a, "button", "Sincronizza ora", { within: agencyFolder })).click();
    // The agency: the approval arrived, with who gave it...
    const arrivals = await byRole(a, "region", "Approvazioni arrivate");
    await byRole(a, "listitem", /^Post «Pane del sabato» approvato da Maria Rossi il /, { within: arrivals, timeout: 20_000 });
    // ...and the same conflict, seen from its side.
    const agencyConflict = await byRole(a, "group", "Conflitto: Forno Rossi");
    await byText(a, "Cliente · Settore", { within: agencyConflict });
    await byText(a, /^Qui \(Studio Nord\)\s*Consigliato$/, { within: agencyConflict });
    await byText(a, "Panificio", { within: agencyConflict });
    await byText(a, /^Forno Rossi$/, { within: agencyConflict });
    await byText(a, "Forno e pasticceria", { within: agencyConflict });
    // The client's navigation tells that a conflict waits, without renaming the tab.
    const sharingTab = await byRole(a, "button", "Condivisione", { within: await byRole(a, "group", "Forno Rossi") });
    const waiting = () => a.execute((el) => document.getElementById(el.getAttribute("aria-describedby") ?? "")?.textContent ?? null, sharingTab);
    assert.equal(await waiting(), "1 conflitto");
    // The conflict and, at the bottom of the window, the approval.
    await scrollTo(a, arrivals, "end");
    await shot(agency, "sharing-agency-status");

    // The business sees the agency's place arrived; its own sector stays until decided.
    await openTab(b, "Scheda");
    await b.waitUntil(async () => (await (await byRole(b, "textbox", "Luogo")).getValue()) === "Bologna", {
      timeout: 10_000,
      timeoutMsg: "the place Bologna did not arrive on the business's side",
    });
    assert.equal(await (await byRole(b, "textbox", "Settore")).getValue(), "Forno e pasticceria");

    // 5. The business keeps the agency's value; the choice travels in its next file.
    await openTab(b, "Condivisione");
    const conflict = await byRole(b, "group", "Conflitto: Forno Rossi");
    await (await byRole(b, "button", "Tieni il valore di Studio Nord", { within: conflict })).click();
    await waitForRoleGone(b, "group", "Conflitto: Forno Rossi");
    await byText(b, "Nessun conflitto da risolvere.", { within: await byRole(b, "region", "Conflitti da risolvere") });
    const businessLog = await byRole(b, "region", "Scelte registrate");
    await byRole(b, "listitem", /^Cliente · Settore di «Forno Rossi»: tenuto il valore di Studio Nord, deciso da Forno Rossi il /, {
      within: businessLog,
    });
    assert.equal(await scalar(businessHome, "SELECT sector FROM clients"), "Panificio");
    await (await byRole(b, "button", "Sincronizza ora", { within: await folderCard(b) })).click();
    await fileArrives(b, shared, "-business-000002.regiax");

    // The agency's copy of the conflict closes, and the choice is in its log.
    await (await byRole(a, "button", "Sincronizza ora", { within: agencyFolder })).click();
    await waitForRoleGone(a, "group", "Conflitto: Forno Rossi", { timeout: 20_000 });
    const agencyConflicts = await byRole(a, "region", "Conflitti da risolvere");
    await byText(a, "Nessun conflitto da risolvere.", { within: agencyConflicts });
    await a.waitUntil(async () => (await waiting()) === null, { timeout: 10_000, timeoutMsg: "the tab still tells of a conflict" });
    const agencyLog = await byRole(a, "region", "Scelte registrate");
    await byRole(a, "listitem", /^Cliente · Settore di «Forno Rossi»: .*Forno Rossi/, { within: agencyLog });
    await scrollTo(a, agencyConflicts, "start");
    await shot(agency, "sharing-agency-resolved");

    await agency.close();
    agency = null;
    await business.close();
    business = null;
  });

  it("left the same client in both SQLite files, and only exchange files in the folder", async () => {
    for (const home of [agencyHome, businessHome]) {
      assert.deepEqual(await query(home, "SELECT name, sector, place FROM clients"), [{ name: "Forno Rossi", sector: "Panificio", place: "Bologna" }]);
      const [post] = await query(home, "SELECT status, decided_by, decided_at FROM content_items WHERE title = 'Pane del sabato'");
      assert.equal(post.status, "approved");
      assert.equal(post.decided_by, "Maria Rossi");
      assert.ok(post.decided_at, "the approval has no date");
      const conflicts = await query(home, "SELECT kind, table_name, column_name, status FROM share_conflicts");
      assert.deepEqual(conflicts, [{ kind: "field", table_name: "clients", column_name: "sector", status: "resolved" }]);
    }
    // Who decided: the business, by keeping the other side's value; the agency learned it from the file.
    assert.deepEqual(await query(businessHome, "SELECT choice, resolved_by FROM share_conflicts"), [{ choice: "remote", resolved_by: "Forno Rossi" }]);
    assert.deepEqual(await query(agencyHome, "SELECT choice, resolved_by FROM share_conflicts"), [{ choice: "other_side", resolved_by: "Forno Rossi" }]);

    const [agencyShare] = await query(agencyHome, "SELECT pairing, side, folder, sent_sequence, received_sequence FROM shares");
    const [businessShare] = await query(businessHome, "SELECT pairing, side, folder, sent_sequence, received_sequence FROM shares");
    const folderPath = fs.realpathSync(shared);
    assert.deepEqual(agencyShare, { pairing: agencyShare.pairing, side: "agency", folder: folderPath, sent_sequence: 1, received_sequence: 2 });
    assert.deepEqual(businessShare, { pairing: agencyShare.pairing, side: "business", folder: folderPath, sent_sequence: 2, received_sequence: 1 });

    // Only whole, numbered files: no temporary file left behind.
    const pairing = agencyShare.pairing.replace(/[^A-Za-z0-9]/g, "").slice(0, 12);
    assert.deepEqual(fs.readdirSync(shared).sort(), [
      `regia-${pairing}-agency-000001.regiax`,
      `regia-${pairing}-business-000001.regiax`,
      `regia-${pairing}-business-000002.regiax`,
    ]);
  });
});
