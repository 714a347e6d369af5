import { describe, expect, it } from "vitest";

import { splitStrings } from "../strings";

// The core's catalog of activities, read from its source: the UI names a
// catalog activity by key, and should call it what the decisions and the
// exported RACI (written by the core) call it.
async function coreCatalog(): Promise<{ key: string; it: string; en: string }[]> {
  // Node's modules, untyped here (the UI has no Node types); tests run from ui/.
  const fs = (await import(/* @vite-ignore */ "node:fs" as string)) as { readFileSync: (path: string, encoding: "utf8") => string };
  const process = (await import(/* @vite-ignore */ "node:process" as string)) as { cwd: () => string };
  const source = fs.readFileSync(`${process.cwd()}/../src-tauri/core/src/split/mod.rs`, "utf8");
  const catalog = /pub const CATALOG: &\[CatalogActivity\] = &\[([\s\S]*?)\];/.exec(source)?.[1] ?? "";
  return [...catalog.matchAll(/activity\(\s*(?:"(\w+)"|recommend::APPROVALS)\s*,[^"]*"([^"]+)",\s*"([^"]+)",?\s*\)/g)].map((m) => ({
    key: m[1] ?? "approvals",
    it: m[2]!,
    en: m[3]!,
  }));
}

describe("activity names", () => {
  it("are the core's names, for every catalog activity and no other", async () => {
    const catalog = await coreCatalog();
    expect(catalog.length).toBeGreaterThan(10);
    expect(Object.fromEntries(catalog.map((a) => [a.key, a.it]))).toEqual(splitStrings.it.activities);
    expect(Object.fromEntries(catalog.map((a) => [a.key, a.en]))).toEqual(splitStrings.en.activities);
  });
});
