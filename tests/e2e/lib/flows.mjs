// Steps many tests start with, done through the screens as a person does.
import { type } from "./input.mjs";
import { byRole } from "./queries.mjs";

/** First start of an agency install named `agency`, with one client `client`. */
export async function agencyWithClient(browser, agency, client) {
  await (await byRole(browser, "radio", /Un'agenzia/, { timeout: 30_000 })).click();
  await type(browser, "textbox", "Nome dell'agenzia", agency);
  await (await byRole(browser, "button", "Inizia")).click();
  await (await byRole(browser, "button", "Nuovo cliente")).click();
  const form = await byRole(browser, "region", "Nuovo cliente");
  await type(browser, "textbox", "Nome", client, { within: form });
  await (await byRole(browser, "button", "Crea cliente", { within: form })).click();
  await byRole(browser, "heading", client, { level: 1 });
}
