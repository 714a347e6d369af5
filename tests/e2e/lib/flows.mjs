// Steps many tests start with: through the screens as a person does, or
// through the core's seed examples for large databases.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

import { APP_IDENTIFIER, REPO_ROOT } from "./app.mjs";
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

/**
 * A fresh data home whose database was filled by one of the core's seed
 * examples (`src-tauri/core/examples/<example>.rs`); prints what it says.
 */
export function seededDataHome(prefix, example, args = []) {
  const dataHome = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  const dir = path.join(dataHome, APP_IDENTIFIER);
  fs.mkdirSync(dir, { recursive: true });
  const out = execFileSync("cargo", ["run", "-q", "-p", "regia-core", "--example", example, "--", path.join(dir, "regia.db"), ...args], {
    cwd: REPO_ROOT,
    encoding: "utf8",
  });
  console.log(`# core: ${out.trim()}`);
  return dataHome;
}
