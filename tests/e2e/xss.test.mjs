// User text is text, through the real app: an XSS corpus typed into the free
// text fields of a fresh agency install — the agency's name; a client's name,
// sector, place and website; a person's name and role; the questionnaire's
// short, long and web address answers; the strategy's mission, a segment, a
// card and who approved it; a decision's title, context, option and choice; a
// calendar item's title and caption; a review's attendees, topic and minutes;
// the searches of the client list and of the quick switcher.
// On every screen that shows them: no element injected, no script run, no
// javascript: link, and the payload on screen as plain text. A javascript:
// website is refused (the app opens only https: and mailto: links). Last, the
// SQLite file holds every payload verbatim.
import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { after, before, describe, it } from "node:test";

import { launch } from "./lib/app.mjs";
import { screenshot } from "./lib/artifacts.mjs";
import { query, scalar } from "./lib/db.mjs";
import { ITALIAN, type } from "./lib/input.mjs";
import { byRole, byText, waitForRoleGone, waitForText } from "./lib/queries.mjs";

const XSS = {
  script: "<script>window.__xss=1</script>",
  img: '<img src=x onerror="window.__xss=2">',
  svg: '<svg onload="window.__xss=3"><script>window.__xss=4</script></svg>',
  js: "javascript:window.__xss=5",
  iframe: '"><iframe src="javascript:window.__xss=6">',
  link: '<a href="javascript:window.__xss=7">clic</a>',
};
/** A web address that is a real https: one, with markup in its path. */
const MARKUP_URL = "https://esempio.it/<svg/onload=window.__xss=8>";

const Q = {
  contact: "Chi è la persona di riferimento per l'agenzia?",
  description: "Racconta la tua attività come la racconteresti a un cliente nuovo: cosa fai, dove, da quanto tempo e con chi.",
  website: "Qual è l'indirizzo del tuo sito?",
};
const MISSION = "Perché esiste l'attività, in una o due frasi";

const esc = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const today = new Date();
const TODAY = `${String(today.getDate()).padStart(2, "0")}/${String(today.getMonth() + 1).padStart(2, "0")}/${today.getFullYear()}`;

/**
 * What the page holds that user text must never become: elements the app does
 * not ship (it ships no inline script, no iframe, no inline handler), links to
 * javascript:, and whether a payload ran.
 */
function inspectPage() {
  const injected = Array.from(
    document.querySelectorAll('iframe, frame, object, embed, img[src="x"], svg script, script:not([src]), [onerror], [onload]'),
  ).map((el) => el.outerHTML.slice(0, 160));
  const jsLinks = Array.from(document.querySelectorAll("a"))
    .filter((a) => /^\s*javascript:/i.test(a.getAttribute("href") || "") || a.protocol === "javascript:")
    .map((a) => a.outerHTML.slice(0, 160));
  return { xss: window.__xss === undefined ? null : String(window.__xss), injected, jsLinks };
}

/**
 * The screen shows each of `texts` as visible text, and nothing of the corpus
 * became markup or ran; then a screenshot xss-<name>.png with `show` (an
 * element) in the middle of the window.
 */
async function assertInert(browser, name, texts, show = null) {
  for (const text of texts) await waitForText(browser, text);
  const page = await browser.execute(inspectPage);
  assert.equal(page.xss, null, `${name}: a payload ran (window.__xss = ${page.xss})`);
  assert.deepEqual(page.injected, [], `${name}: elements injected into the page`);
  assert.deepEqual(page.jsLinks, [], `${name}: javascript: links on the page`);
  if (show) await show.scrollIntoView({ block: "center" });
  await screenshot(browser, `xss-${name}`);
}

/** The answer to template question `key` as stored (JSON `{ kind, value }`), or undefined. */
async function answer(dataHome, key) {
  const raw = await scalar(
    dataHome,
    `SELECT a.value FROM questionnaire_answers a JOIN questionnaire_questions q ON q.id = a.question_id WHERE q.template_key = '${key}'`,
  );
  return raw === undefined ? undefined : JSON.parse(raw);
}

describe("user text is text", { timeout: 300_000 }, () => {
  let dataHome;
  let app = null;

  before(() => {
    dataHome = fs.mkdtempSync(path.join(os.tmpdir(), "regia-e2e-xss-"));
  });
  after(async () => {
    if (app) await app.close();
    if (process.env.E2E_KEEP_DATA) console.log(`# kept data home: ${dataHome}`);
    else fs.rmSync(dataHome, { recursive: true, force: true });
  });

  it("renders an XSS corpus typed into every free-text field as plain text", async () => {
    app = await launch({ dataHome, label: "xss", env: ITALIAN });
    const { browser } = app;

    // The page as shipped: the checks start from nothing.
    await byRole(browser, "heading", "Benvenuto in Regia", { timeout: 30_000 });
    assert.deepEqual(await browser.execute(inspectPage), { xss: null, injected: [], jsLinks: [] }, "the app ships markup the checks count");

    // The agency's name, shown in the sidebar.
    await (await byRole(browser, "radio", /Un'agenzia/)).click();
    await type(browser, "textbox", "Nome dell'agenzia", XSS.link);
    await (await byRole(browser, "button", "Inizia")).click();
    await byRole(browser, "heading", "Clienti", { level: 1 });

    // A client: a javascript: website is refused, its value quoted as text.
    await (await byRole(browser, "button", "Nuovo cliente")).click();
    const form = await byRole(browser, "region", "Nuovo cliente");
    await type(browser, "textbox", "Nome", XSS.script, { within: form });
    await type(browser, "textbox", "Settore", XSS.img, { within: form });
    await type(browser, "textbox", "Luogo", XSS.svg, { within: form });
    await type(browser, "textbox", "Sito web", XSS.js, { within: form });
    await (await byRole(browser, "button", "Crea cliente", { within: form })).click();
    await byRole(browser, "alert", `«${XSS.js}» non è un indirizzo web valido, per esempio https://www.esempio.it`);
    await assertInert(browser, "client-website", [XSS.link, `«${XSS.js}»`]);
    assert.equal(await scalar(dataHome, "SELECT count(*) FROM clients"), 0, "a client with a javascript: website was created");
    await type(browser, "textbox", "Sito web", "", { within: form });
    await (await byRole(browser, "button", "Crea cliente", { within: form })).click();
    await byRole(browser, "heading", XSS.script, { level: 1 });
    await assertInert(browser, "client-overview", [XSS.script, XSS.link]);

    // Its record: a website with markup in it is refused; a real https: one
    // with markup in its path becomes an https: link with that markup encoded.
    const details = await byRole(browser, "region", "Dati del cliente");
    await type(browser, "textbox", "Sito web", XSS.iframe, { within: details });
    await (await byRole(browser, "button", "Salva", { within: details })).click();
    await byRole(browser, "alert", `«${XSS.iframe}» non è un indirizzo web valido, per esempio https://www.esempio.it`);
    await assertInert(browser, "client-website-edit", [`«${XSS.iframe}»`]);
    await type(browser, "textbox", "Sito web", MARKUP_URL, { within: details });
    await (await byRole(browser, "button", "Salva", { within: details })).click();
    const site = await byRole(browser, "link", "Apri il sito");
    assert.match(await site.getAttribute("href"), /^https:\/\/esempio\.it\/%3Csvg\/onload=window\.__xss=8%3E$/);
    await assertInert(browser, "client-website-https", [XSS.script]);

    // The list of clients, filtered by a payload.
    await (await byRole(browser, "button", "Clienti")).click();
    await type(browser, "searchbox", "Cerca clienti", XSS.img);
    await byRole(browser, "rowheader", XSS.script);
    await assertInert(browser, "clients-list", [XSS.script, XSS.img, XSS.svg]);
    await (await byRole(browser, "button", XSS.script)).click();

    // A person.
    await (await byRole(browser, "button", "Persone")).click();
    await (await byRole(browser, "button", "Aggiungi persona")).click();
    await type(browser, "textbox", "Nome e cognome", XSS.iframe);
    await type(browser, "textbox", "Ruolo", XSS.img);
    await (await byRole(browser, "button", "Aggiungi")).click();
    await byRole(browser, "listitem", XSS.iframe);
    await assertInert(browser, "people", [`Persone di ${XSS.script}`, XSS.iframe, `· ${XSS.img}`]);

    // The questionnaire: short and long text, and a javascript: web address (refused).
    await (await byRole(browser, "button", "Questionario")).click();
    await byRole(browser, "heading", `Questionario di ${XSS.script}`, { level: 1 });
    await type(browser, "textbox", Q.contact, XSS.iframe);
    await type(browser, "textbox", Q.description, `${XSS.svg}\n${XSS.link}`);
    await type(browser, "textbox", Q.website, XSS.js);
    await (await byRole(browser, "textbox", Q.contact)).click();
    await byRole(browser, "alert", `«${XSS.js}» non è un indirizzo web valido, per esempio https://www.esempio.it`);
    await browser.waitUntil(async () => (await scalar(dataHome, "SELECT count(*) FROM questionnaire_answers")) === 2, {
      timeout: 10_000,
      timeoutMsg: "the two text answers were not saved",
    });
    await assertInert(browser, "questionnaire", [`«${XSS.js}»`], await byRole(browser, "textbox", Q.website));
    await (await byRole(browser, "button", "Stampa o salva PDF")).click();
    await byRole(browser, "heading", "Questionario di avvio", { level: 1 });
    const described = await byText(browser, `${XSS.svg} ${XSS.link}`);
    await assertInert(browser, "questionnaire-print", [XSS.script, XSS.iframe, XSS.svg, XSS.link], described);
    await (await byRole(browser, "button", /Torna al questionario/)).click();

    // The strategy: the long answer offered as the mission, a typed mission,
    // a segment with a card; submitted, the canvas shows them as text.
    await (await byRole(browser, "button", "Strategia")).click();
    await byRole(browser, "heading", `Strategia di ${XSS.script}`, { level: 1 });
    const offered = await byRole(browser, "button", `Aggiungi «${XSS.svg} ${XSS.link}»`);
    await type(browser, "textbox", MISSION, XSS.img);
    await type(browser, "textbox", "Nome del nuovo segmento", XSS.script);
    await (await byRole(browser, "button", "Aggiungi segmento")).click();
    const segment = await byRole(browser, "region", XSS.script);
    const pains = await byRole(browser, "region", "Problemi", { within: segment });
    await type(browser, "textbox", "Nuova voce in Problemi", XSS.iframe, { within: pains });
    await browser.keys(["Enter"]);
    await byRole(browser, "button", `Modifica «${XSS.iframe}»`);
    await browser.waitUntil(async () => (await scalar(dataHome, "SELECT mission FROM strategies")) === XSS.img, {
      timeout: 10_000,
      timeoutMsg: "the mission was not saved on leaving its field",
    });
    await assertInert(browser, "strategy-canvas", [XSS.svg, XSS.link], offered);
    await (await byRole(browser, "button", "Invia per approvazione")).click();
    await byRole(browser, "paragraph", XSS.img);
    await assertInert(browser, "strategy-submitted", [XSS.img, XSS.iframe]);
    await (await byRole(browser, "button", "Approva la versione 1")).click();
    const approval = await byRole(browser, "form", "Approvare la versione 1");
    await type(browser, "textbox", "Chi approva", XSS.link, { within: approval });
    await (await byRole(browser, "combobox", "Come ha risposto", { within: approval })).selectByVisibleText("In riunione");
    await (await byRole(browser, "button", "Approva", { within: approval })).click();
    await waitForText(browser, `da ${XSS.link}`);
    await (await byRole(browser, "button", "Stampa o salva la strategia approvata")).click();
    await byRole(browser, "heading", `Strategia di ${XSS.script}`, { level: 1 });
    await assertInert(browser, "strategy-print", [XSS.img, `Segmento: ${XSS.script}`, XSS.iframe, XSS.link]);
    await (await byRole(browser, "button", /Torna alla strategia/)).click();

    // A decision, left proposed so the review's agenda picks it up.
    await (await byRole(browser, "button", "Decisioni")).click();
    await (await byRole(browser, "button", "Nuova decisione")).click();
    const proposal = await byRole(browser, "region", "Nuova decisione");
    await type(browser, "textbox", "Titolo", XSS.svg, { within: proposal });
    await type(browser, "textbox", "Contesto", `${XSS.script}\n${XSS.img}`, { within: proposal });
    await type(browser, "textbox", "Opzione 1", XSS.js, { within: proposal });
    await type(browser, "textbox", "Scelta", XSS.link, { within: proposal });
    await (await byRole(browser, "button", "Registra la decisione", { within: proposal })).click();
    await byRole(browser, "article", XSS.svg);
    await assertInert(browser, "decisions", [XSS.svg, XSS.script, XSS.img, XSS.js, XSS.link]);

    // A calendar item: the title on its chip, in the list and in the editor's
    // name; the caption back in its field; the client's name on the chip of
    // the agency's overview.
    await (await byRole(browser, "button", "Calendario")).click();
    await (await byRole(browser, "button", "Nuovo contenuto")).click();
    let editor = await byRole(browser, "dialog", "Nuovo contenuto");
    const channels = await byRole(browser, "group", "Canali", { within: editor });
    await (await byRole(browser, "checkbox", "Instagram", { within: channels })).click();
    await type(browser, "textbox", "Titolo", XSS.svg, { within: editor });
    await type(browser, "textbox", "Testo", `${XSS.img}\n${XSS.iframe}`, { within: editor });
    await type(browser, "textbox", "Data", TODAY, { within: editor });
    await type(browser, "textbox", "Ora", "10:30", { within: editor });
    await (await byRole(browser, "button", "Crea", { within: editor })).click();
    await waitForRoleGone(browser, "dialog", "Nuovo contenuto");
    const chip = await byRole(browser, "button", new RegExp(`^10:30, Instagram, ${esc(XSS.svg)}`));
    await assertInert(browser, "calendar-month", [XSS.svg]);
    // The chip clips its title (it shows "<"): its text is the whole payload.
    assert.match(await browser.execute((el) => el.textContent, chip), new RegExp(`${esc(XSS.svg)}$`));
    await (await byRole(browser, "tab", "Elenco")).click();
    const listed = await byRole(browser, "button", XSS.svg);
    await assertInert(browser, "calendar-list", [XSS.svg]);
    await listed.click();
    editor = await byRole(browser, "dialog", `Modifica «${XSS.svg}»`);
    assert.equal(await (await byRole(browser, "textbox", "Testo", { within: editor })).getValue(), `${XSS.img}\n${XSS.iframe}`);
    await assertInert(browser, "calendar-editor", [`Modifica «${XSS.svg}»`]);
    await (await byRole(browser, "button", "Chiudi", { within: editor })).click();
    await waitForRoleGone(browser, "dialog", `Modifica «${XSS.svg}»`);
    await (await byRole(browser, "button", "Calendario di tutti")).click();
    await byRole(browser, "button", new RegExp(`^${esc(XSS.script)}, 10:30, Instagram, ${esc(XSS.svg)}`));
    await assertInert(browser, "calendar-overview", [XSS.svg]);

    // The quick switcher, searched by a payload (the client's place).
    await browser.keys(["Control", "k"]);
    const switcher = await byRole(browser, "combobox", "Cambia cliente");
    await switcher.addValue(XSS.svg);
    await byRole(browser, "option", new RegExp(`^${esc(XSS.script)}`));
    await assertInert(browser, "switcher", [XSS.script, `${XSS.img} · ${XSS.svg}`]);
    await browser.keys(["Enter"]);
    await byRole(browser, "heading", XSS.script, { level: 1 });

    // A review: its agenda carries the decision's title; a topic, attendees
    // and minutes of its own, as text once the review is closed.
    await (await byRole(browser, "button", "Revisioni")).click();
    await (await byRole(browser, "button", "Nuova revisione")).click();
    const opening = await byRole(browser, "dialog", "Nuova revisione");
    await type(browser, "textbox", "Partecipanti", XSS.iframe, { within: opening });
    await (await byRole(browser, "button", "Apri la revisione", { within: opening })).click();
    const agenda = await byRole(browser, "list", "Ordine del giorno");
    await byRole(browser, "button", `Decidi l'esito: ${XSS.svg}`, { within: agenda });
    await type(browser, "textbox", "Nuovo argomento", XSS.link);
    await (await byRole(browser, "button", "Aggiungi all'ordine del giorno")).click();
    await byRole(browser, "button", `Decidi l'esito: ${XSS.link}`);
    const minutes = await byRole(browser, "region", "Verbale");
    await type(browser, "textbox", "Verbale della riunione", `${XSS.script}\n${XSS.js}`, { within: minutes });
    await (await byRole(browser, "button", "Salva il verbale", { within: minutes })).click();
    await waitForText(browser, "Verbale salvato");
    await assertInert(browser, "review-open", [XSS.svg, XSS.link]);
    await (await byRole(browser, "button", "Chiudi la revisione")).click();
    const confirm = await byRole(browser, "dialog", "Chiudere la revisione?");
    await (await byRole(browser, "button", "Chiudi la revisione", { within: confirm })).click();
    await waitForRoleGone(browser, "dialog", "Chiudere la revisione?");
    const written = await byRole(browser, "region", "Verbale");
    await assertInert(browser, "review-closed", [`Partecipanti: ${XSS.iframe}`, XSS.script, XSS.js, XSS.svg, XSS.link], written);

    await app.close();
    app = null;
  });

  it("kept every payload verbatim in the SQLite file", async () => {
    assert.equal(await scalar(dataHome, "SELECT name FROM profile"), XSS.link);
    assert.deepEqual(await query(dataHome, "SELECT name, sector, place FROM clients"), [{ name: XSS.script, sector: XSS.img, place: XSS.svg }]);
    const website = await scalar(dataHome, "SELECT website FROM clients");
    assert.equal(website, "https://esempio.it/%3Csvg/onload=window.__xss=8%3E", "the website is an encoded https: address");
    assert.deepEqual(await query(dataHome, "SELECT name, role FROM people"), [{ name: XSS.iframe, role: XSS.img }]);
    assert.deepEqual(await answer(dataHome, "contacts.main_contact"), { kind: "text", value: XSS.iframe });
    assert.deepEqual(await answer(dataHome, "business.description"), { kind: "text", value: `${XSS.svg}\n${XSS.link}` });
    assert.equal(await answer(dataHome, "channels.website"), undefined, "a javascript: address was saved as an answer");
    assert.equal(await scalar(dataHome, "SELECT mission FROM strategies"), XSS.img);
    assert.equal(await scalar(dataHome, "SELECT name FROM strategy_segments"), XSS.script);
    assert.equal(await scalar(dataHome, "SELECT text FROM strategy_cards WHERE block = 'pains'"), XSS.iframe);
    const frozen = JSON.parse(await scalar(dataHome, "SELECT content FROM strategy_versions WHERE number = 1"));
    assert.equal(frozen.mission, XSS.img);
    const decisions = await query(dataHome, "SELECT title, context, options, choice, decided_by FROM decisions ORDER BY created_at");
    assert.deepEqual(decisions, [
      { title: "Strategia approvata (versione 1)", context: decisions[0].context, options: "[]", choice: decisions[0].choice, decided_by: XSS.link },
      { title: XSS.svg, context: `${XSS.script}\n${XSS.img}`, options: JSON.stringify([XSS.js]), choice: XSS.link, decided_by: null },
    ]);
    assert.deepEqual(await query(dataHome, "SELECT title, caption FROM content_items"), [{ title: XSS.svg, caption: `${XSS.img}\n${XSS.iframe}` }]);
    assert.deepEqual(await query(dataHome, "SELECT attendees, minutes, status FROM reviews"), [
      { attendees: XSS.iframe, minutes: `${XSS.script}\n${XSS.js}`, status: "closed" },
    ]);
    const labels = (await query(dataHome, "SELECT kind, label FROM review_items ORDER BY position")).map((r) => `${r.kind}: ${r.label}`);
    assert.ok(labels.includes(`decision: ${XSS.svg}`), labels.join(" | "));
    assert.ok(labels.includes(`topic: ${XSS.link}`), labels.join(" | "));
  });
});
