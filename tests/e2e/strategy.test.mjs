// The strategy of a client through the real app: fill the business canvas,
// accept a suggestion from the questionnaire, build two objectives with micro
// objectives (and be told about a deadline before its period), set the
// channel plan and the pillars (and be told the mix is not 100%), submit,
// record the business's approval, edit: a new draft appears and the approved
// version is unchanged on screen and in the SQLite file. Then the decision
// log, and the printed strategy.
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

const ADJECTIVES = "Con quali tre aggettivi descriveresti la tua attività?";

describe("strategy, approval and decisions", { timeout: 480_000 }, () => {
  let dataHome;
  let app = null;

  before(() => {
    dataHome = fs.mkdtempSync(path.join(os.tmpdir(), "regia-e2e-strategy-"));
  });
  after(async () => {
    if (app) await app.close();
    if (process.env.E2E_KEEP_DATA) console.log(`# kept data home: ${dataHome}`);
    else fs.rmSync(dataHome, { recursive: true, force: true });
  });

  it("builds, submits and approves a strategy; an edit opens a new draft", async () => {
    app = await launch({ dataHome, label: "strategy", env: ITALIAN });
    const { browser } = app;
    await agencyWithClient(browser, "Studio Nord", "Forno Rossi");

    // The questionnaire says how the business describes itself.
    await (await byRole(browser, "button", "Questionario")).click();
    await type(browser, "textbox", ADJECTIVES, "accogliente, genuina, spiritosa");
    await waitForText(browser, "Salvato");

    // The business canvas.
    await (await byRole(browser, "button", "Strategia")).click();
    await byRole(browser, "heading", "Strategia di Forno Rossi", { level: 1 });
    await type(browser, "textbox", "Perché esiste l'attività, in una o due frasi", "Pane buono ogni mattina, fatto come una volta.");
    await type(browser, "textbox", "Nome del nuovo segmento", "Famiglie del quartiere");
    await (await byRole(browser, "button", "Aggiungi segmento")).click();
    const families = await byRole(browser, "region", "Famiglie del quartiere");
    const pains = await byRole(browser, "region", "Problemi", { within: families });
    await type(browser, "textbox", "Nuova voce in Problemi", "Poco tempo la mattina", { within: pains });
    await browser.keys(["Enter"]);
    await waitForText(browser, "Poco tempo la mattina");
    await (await byRole(browser, "button", "Aggiungi «genuina»")).click();
    await waitForRoleGone(browser, "button", "Aggiungi «genuina»");
    await screenshot(browser, "strategy-canvas");
    await families.scrollIntoView({ block: "start" });
    await screenshot(browser, "strategy-value-proposition");

    // The social strategy: two macro objectives, each with a micro one.
    await (await byRole(browser, "tab", "Strategia social")).click();
    await (await byRole(browser, "button", "Aggiungi canale")).click();
    await (await byRole(browser, "button", "Salva")).click();
    await byRole(browser, "rowheader", "Instagram");

    await (await byRole(browser, "button", "Aggiungi obiettivo macro")).click();
    await type(browser, "textbox", "Titolo", "Farsi conoscere in città");
    await (await byRole(browser, "combobox", "Categoria")).selectByVisibleText("Notorietà");
    await (await byRole(browser, "button", "Salva")).click();
    await byRole(browser, "heading", "Farsi conoscere in città", { level: 3 });
    await (await byRole(browser, "button", "Aggiungi obiettivo micro a «Farsi conoscere in città»")).click();
    await type(browser, "textbox", "Titolo", "Più follower su Instagram");
    await (await byRole(browser, "combobox", "Canale")).selectByVisibleText("Instagram");
    await (await byRole(browser, "combobox", "Metrica (KPI)")).selectByVisibleText("Follower");
    await type(browser, "textbox", "Valore di partenza", "1.200");
    await type(browser, "textbox", "Traguardo", "1.500");
    await type(browser, "textbox", "Inizio del periodo", "01/01/2027");
    await type(browser, "textbox", "Scadenza", "31/12/2026");
    await (await byRole(browser, "button", "Salva")).click();
    await waitForText(browser, "La scadenza viene prima dell'inizio del periodo (01/01/2027).");
    await screenshot(browser, "strategy-objective-error");
    assert.equal(await (await byRole(browser, "textbox", "Traguardo")).getValue(), "1.500", "nothing typed is lost");
    await type(browser, "textbox", "Scadenza", "30/06/2027");
    await (await byRole(browser, "button", "Salva")).click();
    await waitForText(browser, "SMART: completo");

    await (await byRole(browser, "button", "Aggiungi obiettivo macro")).click();
    await type(browser, "textbox", "Titolo", "Ordini di torte su misura");
    await (await byRole(browser, "combobox", "Categoria")).selectByVisibleText("Specifico dell'attività");
    await (await byRole(browser, "button", "Salva")).click();
    await (await byRole(browser, "button", "Aggiungi obiettivo micro a «Ordini di torte su misura»")).click();
    await type(browser, "textbox", "Titolo", "Richieste di torte da Instagram");
    await (await byRole(browser, "combobox", "Canale")).selectByVisibleText("Instagram");
    await (await byRole(browser, "button", "Salva")).click();
    await waitForText(browser, /Per essere SMART manca: la metrica, il traguardo, il valore di partenza, la scadenza/);

    // Pillars: the mix must make 100% to submit.
    for (const [name, share] of [["Dietro le quinte", "60"], ["Prodotti di stagione", "30"]]) {
      await (await byRole(browser, "button", "Aggiungi pilastro")).click();
      await type(browser, "textbox", "Nome", name);
      await type(browser, "textbox", "Quota del mix (%)", share);
      await (await byRole(browser, "button", "Salva")).click();
      await waitForRoleGone(browser, "textbox", "Quota del mix (%)");
    }
    await waitForText(browser, "Totale: 90%: deve fare 100% per inviare la strategia.");
    await (await byRole(browser, "button", "Invia per approvazione")).click();
    await waitForText(browser, "I pilastri sommano al 90%: per inviare la strategia devono fare 100%.");
    await screenshot(browser, "strategy-social");
    await (await byRole(browser, "button", "Modifica «Dietro le quinte»")).click();
    await type(browser, "textbox", "Quota del mix (%)", "70");
    await (await byRole(browser, "button", "Salva")).click();
    await waitForText(browser, "Totale: 100%");

    // Submit, then record the business's approval given in a meeting.
    await (await byRole(browser, "button", "Invia per approvazione")).click();
    await waitForText(browser, /Versione 1 in attesa di approvazione dell'attività/);
    await waitForText(browser, "La strategia è in attesa di approvazione: per modificarla, ritira la versione.");
    await (await byRole(browser, "button", "Approva la versione 1")).click();
    const answer = await byRole(browser, "form", "Approvare la versione 1");
    await type(browser, "textbox", "Chi approva", "Maria Rossi", { within: answer });
    await (await byRole(browser, "button", "Approva", { within: answer })).click();
    await waitForText(browser, "Questo campo è obbligatorio.", { within: answer });
    await (await byRole(browser, "combobox", "Come ha risposto", { within: answer })).selectByVisibleText("In riunione");
    await screenshot(browser, "strategy-approval");
    await (await byRole(browser, "button", "Approva", { within: answer })).click();
    await waitForText(browser, /In vigore: versione 1, approvata il .* da Maria Rossi/);
    await (await byRole(browser, "heading", "Strategia di Forno Rossi", { level: 1 })).scrollIntoView({ block: "start" });
    await screenshot(browser, "strategy-approved");

    const frozen = await scalar(dataHome, "SELECT content FROM strategy_versions WHERE number = 1");
    assert.match(frozen, /Pane buono ogni mattina, fatto come una volta\./);

    // Editing after approval opens draft 2; version 1 stays as approved.
    await (await byRole(browser, "tab", "Strategia aziendale")).click();
    await type(browser, "textbox", "Perché esiste l'attività, in una o due frasi", "Pane buono ogni mattina, anche la domenica.");
    await (await byRole(browser, "tab", "Strategia social")).click();
    await waitForText(browser, "Bozza (versione 2): le modifiche non sono ancora state inviate.");
    await (await byRole(browser, "tab", "Versioni")).click();
    await (await byRole(browser, "button", "Apri la versione 1")).click();
    const v1 = await byRole(browser, "region", "Versione 1: sola lettura");
    await waitForText(browser, "Pane buono ogni mattina, fatto come una volta.", { within: v1 });
    const changes = await byRole(browser, "table", "Differenze");
    await waitForText(browser, "Pane buono ogni mattina, anche la domenica.", { within: changes });
    await screenshot(browser, "strategy-versions");

    const versions = await query(dataHome, "SELECT number, status FROM strategy_versions ORDER BY number");
    assert.deepEqual(versions, [
      { number: 1, status: "approved" },
      { number: 2, status: "draft" },
    ]);
    assert.equal(await scalar(dataHome, "SELECT content FROM strategy_versions WHERE number = 1"), frozen);
    assert.equal(await scalar(dataHome, "SELECT mission FROM strategies"), "Pane buono ogni mattina, anche la domenica.");
    const decided = await query(dataHome, "SELECT title, status, decided_by, decided_via FROM decisions");
    assert.deepEqual(decided, [
      { title: "Strategia approvata (versione 1)", status: "approved", decided_by: "Maria Rossi", decided_via: "meeting" },
    ]);

    // The printed strategy, in the client's language.
    await (await byRole(browser, "button", "Stampa o salva la strategia approvata")).click();
    await byRole(browser, "heading", "Strategia di Forno Rossi", { level: 1 });
    await waitForText(browser, "Pane buono ogni mattina, fatto come una volta.");
    await screenshot(browser, "strategy-print");
    await (await byRole(browser, "button", /Torna alla strategia/)).click();

    // The decision log: the approval is there; a new decision is proposed and
    // its approval by phone recorded.
    await (await byRole(browser, "button", "Decisioni")).click();
    await byRole(browser, "heading", "Decisioni di Forno Rossi", { level: 1 });
    await byRole(browser, "article", "Strategia approvata (versione 1)");
    await (await byRole(browser, "button", "Nuova decisione")).click();
    const proposal = await byRole(browser, "region", "Nuova decisione");
    await type(browser, "textbox", "Titolo", "Aprire un profilo TikTok", { within: proposal });
    await type(browser, "textbox", "Contesto", "I clienti sotto i 30 anni chiedono video brevi.", { within: proposal });
    await type(browser, "textbox", "Opzione 1", "Aprire TikTok subito", { within: proposal });
    await (await byRole(browser, "button", "Aggiungi un'opzione", { within: proposal })).click();
    await type(browser, "textbox", "Opzione 2", "Aspettare l'estate", { within: proposal });
    await type(browser, "textbox", "Scelta", "Aspettare l'estate", { within: proposal });
    await (await byRole(browser, "button", "Registra la decisione", { within: proposal })).click();
    const tiktok = await byRole(browser, "article", "Aprire un profilo TikTok");
    await (await byRole(browser, "button", "Approva", { within: tiktok })).click();
    const record = await byRole(browser, "form", "Approvare «Aprire un profilo TikTok»");
    await type(browser, "textbox", "Chi approva", "Maria Rossi", { within: record });
    await (await byRole(browser, "combobox", "Come ha risposto", { within: record })).selectByVisibleText("Per telefono");
    await (await byRole(browser, "button", "Registra l'approvazione", { within: record })).click();
    await waitForRoleGone(browser, "form", "Approvare «Aprire un profilo TikTok»");
    await type(browser, "searchbox", "Cerca nelle decisioni", "tiktok");
    await waitForRoleGone(browser, "article", "Strategia approvata (versione 1)");
    await screenshot(browser, "decisions-search");
    await type(browser, "searchbox", "Cerca nelle decisioni", "");
    await byRole(browser, "article", "Strategia approvata (versione 1)");
    await screenshot(browser, "decisions-list");
    const log = await query(dataHome, "SELECT title, status, decided_via, options FROM decisions ORDER BY created_at");
    assert.deepEqual(log, [
      { title: "Strategia approvata (versione 1)", status: "approved", decided_via: "meeting", options: "[]" },
      { title: "Aprire un profilo TikTok", status: "approved", decided_via: "phone", options: '["Aprire TikTok subito","Aspettare l\'estate"]' },
    ]);
  });
});
