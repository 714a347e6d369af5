// Typing as a person does, and the environment of an Italian desktop.
import { byRole } from "./queries.mjs";

/** The locale of an Italian system: Regia starts in Italian. */
export const ITALIAN = { LANG: "it_IT.UTF-8", LC_ALL: "it_IT.UTF-8", LANGUAGE: "it" };

/** Types as a person does: select what is there, delete it, type (Enter for newlines). */
export async function type(browser, role, name, text, opts) {
  const el = await byRole(browser, role, name, opts);
  await el.click();
  await browser.keys(["Control", "a"]);
  await browser.keys(["Backspace"]);
  const lines = text.split("\n");
  for (const [i, line] of lines.entries()) {
    if (i > 0) await browser.keys(["Enter"]);
    if (line) await el.addValue(line);
  }
  return el;
}
