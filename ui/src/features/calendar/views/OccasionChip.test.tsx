import { describe, expect, it } from "vitest";

import { calendarStrings } from "../strings";

// The core's list of fixed occasion keys, read from its source: the keys are
// not in the bindings, and a key without a name would show as a bare word.
async function coreKeys(): Promise<string[]> {
  // Node's modules, untyped here (the UI has no Node types); tests run from ui/.
  const fs = (await import(/* @vite-ignore */ "node:fs" as string)) as { readFileSync: (path: string, encoding: "utf8") => string };
  const process = (await import(/* @vite-ignore */ "node:process" as string)) as { cwd: () => string };
  const source = fs.readFileSync(`${process.cwd()}/../src-tauri/core/src/calendar/holidays.rs`, "utf8");
  const list = /pub const KEYS: &\[&str\] = &\[([\s\S]*?)\];/.exec(source)?.[1] ?? "";
  return [...list.matchAll(/"(\w+)"/g)].map((m) => m[1]!);
}

describe("fixed occasions", () => {
  it("have a name in both languages for every key the core can return, and no other", async () => {
    const keys = await coreKeys();
    expect(keys.length).toBeGreaterThan(25);
    expect(keys.filter((k) => !Object.hasOwn(calendarStrings.it.occasions, k))).toEqual([]);
    expect(keys.filter((k) => !Object.hasOwn(calendarStrings.en.occasions, k))).toEqual([]);
    expect(Object.keys(calendarStrings.it.occasions).filter((k) => !keys.includes(k))).toEqual([]);
  });
});
