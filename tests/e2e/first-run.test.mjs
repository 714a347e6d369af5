// The agency's first hour with Regia, through the real app: first run → create
// a client (and be told about a duplicate) → add a person → answer questions of
// several kinds (and be told about a bad web address) → switch client with
// Ctrl+K → print view → settings → close → start again: the answers are on
// screen, and in the SQLite file.
import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { after, before, describe, it } from "node:test";

import { launch } from "./lib/app.mjs";
import { screenshot } from "./lib/artifacts.mjs";
import { query, scalar } from "./lib/db.mjs";
import { ITALIAN, type } from "./lib/input.mjs";
import { byRole, queryByRole, waitForRoleGone, waitForText } from "./lib/queries.mjs";


const Q = {
  contact: "Chi è la persona di riferimento per l'agenzia?",
  description: "Racconta la tua attività come la racconteresti a un cliente nuovo: cosa fai, dove, da quanto tempo e con chi.",
  approval: "Quando ti mandiamo qualcosa da approvare, entro quanto ci rispondi?",
  strengths: "Su cosa punti di più? Scegli al massimo tre voci.",
  hours: "Quante ore a settimana, in tutto, potete dedicare ai social senza togliere tempo al lavoro di tutti i giorni?",
  founded: "Quando ha aperto la tua attività?",
  website: "Qual è l'indirizzo del tuo sito?",
  formality: "Come vuoi rivolgerti ai tuoi clienti sui social?",
  channels: "Su quali social è presente oggi la tua attività?",
};

describe("first run of an agency", { timeout: 420_000 }, () => {
  let dataHome;
  let app = null;

  before(() => {
    dataHome = fs.mkdtempSync(path.join(os.tmpdir(), "regia-e2e-agency-"));
  });
  after(async () => {
    if (app) await app.close();
    if (process.env.E2E_KEEP_DATA) console.log(`# kept data home: ${dataHome}`);
    else fs.rmSync(dataHome, { recursive: true, force: true });
  });

  it("sets up the agency, creates a client, adds a person and answers questions", async () => {
    const started = Date.now();
    app = await launch({ dataHome, label: "agency-first", env: ITALIAN });
    const { browser } = app;
    await byRole(browser, "heading", "Benvenuto in Regia", { timeout: 30_000 });
    console.log(`# launch to first screen: ${Date.now() - started} ms (driver, WebKit and app start)`);
    await screenshot(browser, "setup-welcome");

    // A blank name is refused next to the field.
    await (await byRole(browser, "radio", /Un'agenzia/)).click();
    await (await byRole(browser, "button", "Inizia")).click();
    await waitForText(browser, "Questo campo è obbligatorio.");
    await screenshot(browser, "setup-error");
    await type(browser, "textbox", "Nome dell'agenzia", "Studio Nord");
    await (await byRole(browser, "button", "Inizia")).click();

    await byRole(browser, "heading", "Clienti", { level: 1 });
    await screenshot(browser, "clients-empty");
    await (await byRole(browser, "button", "Nuovo cliente")).click();
    const form = await byRole(browser, "region", "Nuovo cliente");
    await type(browser, "textbox", "Nome", "Trattoria da Mario", { within: form });
    await type(browser, "textbox", "Settore", "Ristorazione", { within: form });
    await type(browser, "textbox", "Luogo", "Bologna", { within: form });
    await type(browser, "textbox", "Sito web", "trattoriadamario.it", { within: form });
    await (await byRole(browser, "button", "Crea cliente", { within: form })).click();
    await byRole(browser, "heading", "Trattoria da Mario", { level: 1 });
    await screenshot(browser, "clients-overview");

    // A second client, first with a duplicate name: the message says so and nothing is lost.
    await (await byRole(browser, "button", "Clienti")).click();
    await (await byRole(browser, "button", "Nuovo cliente")).click();
    const second = await byRole(browser, "region", "Nuovo cliente");
    await type(browser, "textbox", "Nome", "  TRATTORIA da mario ", { within: second });
    await type(browser, "textbox", "Luogo", "Modena", { within: second });
    await (await byRole(browser, "button", "Crea cliente", { within: second })).click();
    await waitForText(browser, "Esiste già un cliente che si chiama «Trattoria da Mario».");
    await screenshot(browser, "clients-duplicate-name");
    assert.equal(await (await byRole(browser, "textbox", "Luogo", { within: second })).getValue(), "Modena");
    await type(browser, "textbox", "Nome", "Gelateria Sole", { within: second });
    await (await byRole(browser, "button", "Crea cliente", { within: second })).click();
    await byRole(browser, "heading", "Gelateria Sole", { level: 1 });
    await (await byRole(browser, "button", "Clienti")).click();
    await byRole(browser, "button", "Trattoria da Mario");
    await screenshot(browser, "clients-list");

    // Archive hides a client from the list; restore brings it back as it was.
    await (await byRole(browser, "button", "Archivia Gelateria Sole")).click();
    await waitForRoleGone(browser, "button", "Gelateria Sole");
    await (await byRole(browser, "checkbox", "Mostra anche gli archiviati")).click();
    await (await byRole(browser, "button", "Ripristina Gelateria Sole")).click();
    await byRole(browser, "button", "Archivia Gelateria Sole");
    assert.equal(await scalar(dataHome, "SELECT status FROM clients WHERE name = 'Gelateria Sole'"), "onboarding");
    await (await byRole(browser, "checkbox", "Mostra anche gli archiviati")).click();

    // Ctrl+K: the quick switcher.
    await browser.keys(["Control", "k"]);
    const input = await byRole(browser, "combobox", "Cambia cliente");
    await input.addValue("mario");
    await screenshot(browser, "clients-switcher");
    await browser.keys(["Enter"]);
    await byRole(browser, "heading", "Trattoria da Mario", { level: 1 });

    // People.
    await (await byRole(browser, "button", "Persone")).click();
    await (await byRole(browser, "button", "Aggiungi persona")).click();
    await type(browser, "textbox", "Nome e cognome", "Anna Rossi");
    await type(browser, "textbox", "Ruolo", "Titolare");
    await type(browser, "textbox", "Ore a settimana per i social", "4,5");
    await (await byRole(browser, "combobox", "Fotografia")).selectByVisibleText("2 · buona");
    await (await byRole(browser, "button", "Aggiungi")).click();
    await byRole(browser, "listitem", "Anna Rossi");
    await screenshot(browser, "people-list");

    // Questionnaire: nine questions of eight kinds.
    await (await byRole(browser, "button", "Questionario")).click();
    await byRole(browser, "heading", "Questionario di Trattoria da Mario", { level: 1 });
    await type(browser, "textbox", Q.contact, "Mario Bianchi");
    await type(browser, "textbox", Q.description, "Trattoria di famiglia dal 1987,\ncucina bolognese.");
    const approval = await byRole(browser, "radiogroup", Q.approval);
    await (await byRole(browser, "radio", "Entro 2 giorni", { within: approval })).click();
    const strengths = await byRole(browser, "group", Q.strengths);
    await (await byRole(browser, "checkbox", "Accoglienza e servizio", { within: strengths })).click();
    await (await byRole(browser, "checkbox", "Legame con il territorio", { within: strengths })).click();
    await type(browser, "textbox", Q.hours, "1.500");
    await type(browser, "textbox", Q.hours, "6");
    await type(browser, "textbox", Q.founded, "15/03/1987");
    const formality = await byRole(browser, "radiogroup", Q.formality);
    await (await byRole(browser, "radio", "2", { within: formality })).click();
    const channels = await byRole(browser, "group", Q.channels);
    await (await byRole(browser, "checkbox", "Instagram", { within: channels })).click();
    await type(browser, "textbox", "Profilo o indirizzo su Instagram", "@trattoriadamario", { within: channels });

    // A bad web address is reported once the field is left, and not saved.
    const website = await type(browser, "textbox", Q.website, "trattoria da mario");
    await (await byRole(browser, "textbox", Q.contact)).click();
    await waitForText(browser, /non è un indirizzo web valido/);
    await website.scrollIntoView({ block: "center" });
    await screenshot(browser, "questionnaire-bad-url");
    await type(browser, "textbox", Q.website, "www.trattoriadamario.it");
    await waitForRoleGone(browser, "alert", /non è un indirizzo web valido/);
    await (await byRole(browser, "heading", "Questionario di Trattoria da Mario")).scrollIntoView();
    await browser.waitUntil(async () => (await scalar(dataHome, "SELECT count(*) FROM questionnaire_answers")) === 9, {
      timeout: 10_000,
      timeoutMsg: "nine answers were not all saved",
    });
    await screenshot(browser, "questionnaire-answers");

    // A question for this client only: added, answered, moved up, then removed.
    const prompt = "Usiamo il tu o il lei?";
    await (await byRole(browser, "button", "Aggiungi una domanda alla sezione Vincoli e regole")).click();
    await type(browser, "textbox", "Domanda", prompt);
    await (await byRole(browser, "combobox", "Tipo di risposta")).selectByVisibleText("Una scelta");
    await (await byRole(browser, "combobox", "Chi risponde")).selectByVisibleText("Insieme");
    await type(browser, "textbox", "Opzioni", "Tu\nLei");
    await (await byRole(browser, "button", "Aggiungi la domanda")).click();
    const custom = await byRole(browser, "radiogroup", prompt);
    await (await byRole(browser, "radio", "Lei", { within: custom })).click();
    await (await byRole(browser, "button", `Sposta su: ${prompt}`)).click();
    await browser.waitUntil(
      async () =>
        (await scalar(
          dataHome,
          `SELECT count(*) FROM questionnaire_questions a JOIN questionnaire_questions b
             ON b.client_id = a.client_id AND b.section = a.section AND b.position > a.position
           WHERE a.prompt = '${prompt}' AND a.template_key IS NULL`,
        )) === 1,
      { timeout: 10_000, timeoutMsg: "the custom question did not move up one place" },
    );
    assert.deepEqual(JSON.parse(await scalar(dataHome, "SELECT a.value FROM questionnaire_answers a JOIN questionnaire_questions q ON q.id = a.question_id WHERE q.template_key IS NULL")), { kind: "choice", value: "o2" });
    await custom.scrollIntoView({ block: "center" });
    await screenshot(browser, "questionnaire-custom-question");
    await (await byRole(browser, "button", `Elimina la domanda: ${prompt}`)).click();
    await (await byRole(browser, "button", "Sì, elimina la domanda")).click();
    await waitForRoleGone(browser, "radiogroup", prompt);
    assert.equal(await scalar(dataHome, "SELECT count(*) FROM questionnaire_questions WHERE template_key IS NULL"), 0);

    // Open questions only.
    await (await byRole(browser, "checkbox", "Solo domande aperte")).click();
    assert.equal(await queryByRole(browser, "textbox", Q.contact, { timeout: 0 }), null, "an answered question is still shown");
    await (await byRole(browser, "checkbox", "Solo domande aperte")).click();

    // The printable document.
    await (await byRole(browser, "button", "Stampa o salva PDF")).click();
    await byRole(browser, "heading", "Questionario di avvio", { level: 1 });
    await waitForText(browser, "Mario Bianchi");
    await screenshot(browser, "questionnaire-print");
    await (await byRole(browser, "button", /Torna al questionario/)).click();

    await (await byRole(browser, "button", "Impostazioni")).click();
    await byRole(browser, "heading", "Impostazioni", { level: 1 });
    await screenshot(browser, "settings-screen");

    await app.close();
    app = null;
  });

  it("kept everything in the SQLite file", async () => {
    const [profile] = await query(dataHome, "SELECT kind, name FROM profile");
    assert.deepEqual(profile, { kind: "agency", name: "Studio Nord" });
    const clients = await query(dataHome, "SELECT name, place, website FROM clients ORDER BY name");
    assert.deepEqual(clients, [
      { name: "Gelateria Sole", place: "Modena", website: "" },
      { name: "Trattoria da Mario", place: "Bologna", website: "https://trattoriadamario.it/" },
    ]);
    const [anna] = await query(dataHome, "SELECT name, side, role, weekly_hours, skill_photo FROM people");
    assert.deepEqual(anna, { name: "Anna Rossi", side: "business", role: "Titolare", weekly_hours: 4.5, skill_photo: 2 });
    const answers = await query(
      dataHome,
      `SELECT q.template_key AS key, a.value FROM questionnaire_answers a
         JOIN questionnaire_questions q ON q.id = a.question_id ORDER BY q.template_key`,
    );
    const byKey = Object.fromEntries(answers.map((a) => [a.key, JSON.parse(a.value)]));
    assert.deepEqual(byKey, {
      "brand.formality": { kind: "scale", value: 2 },
      "business.description": { kind: "text", value: "Trattoria di famiglia dal 1987,\ncucina bolognese." },
      "channels.current": { kind: "channels", value: [{ channel: "instagram", handle: "@trattoriadamario" }] },
      "channels.website": { kind: "url", value: "https://www.trattoriadamario.it/" },
      "contacts.approval_time": { kind: "choice", value: byKey["contacts.approval_time"]?.value },
      "contacts.main_contact": { kind: "text", value: "Mario Bianchi" },
      "people.weekly_hours": { kind: "number", value: 6 },
      "rhythm.founding_date": { kind: "date", value: "1987-03-15" },
      "value_proposition.strengths": { kind: "choices", value: byKey["value_proposition.strengths"]?.value },
    });
    assert.equal(byKey["value_proposition.strengths"].value.length, 2);
    assert.equal(await scalar(dataHome, "PRAGMA journal_mode"), "wal");
  });

  it("shows the answers again after a restart", async () => {
    app = await launch({ dataHome, label: "agency-restart", env: ITALIAN });
    const { browser } = app;
    await (await byRole(browser, "button", "Trattoria da Mario", { timeout: 30_000 })).click();
    await (await byRole(browser, "button", "Questionario")).click();
    assert.equal(await (await byRole(browser, "textbox", Q.contact)).getValue(), "Mario Bianchi");
    assert.equal(await (await byRole(browser, "textbox", Q.founded)).getValue(), "15/03/1987");
    assert.equal(await (await byRole(browser, "textbox", Q.website)).getValue(), "https://www.trattoriadamario.it/");
    assert.equal(await (await byRole(browser, "radio", "Entro 2 giorni")).isSelected(), true);
    const channels = await byRole(browser, "group", Q.channels);
    assert.equal(await (await byRole(browser, "checkbox", "Instagram", { within: channels })).isSelected(), true);
    await waitForText(browser, "9 risposte su 51 domande");
    await screenshot(browser, "questionnaire-after-restart");
    await app.close();
    app = null;
  });
});
