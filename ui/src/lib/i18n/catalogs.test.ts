import { describe, expect, it as test } from "vitest";

import { CHANNELS } from "../../bindings";
import { en } from "./en";
import { it } from "./it";

type Tree = { [key: string]: string | Tree };

function keys(tree: Tree, prefix = ""): string[] {
  return Object.entries(tree).flatMap(([k, v]) => (typeof v === "string" ? [`${prefix}${k}`] : keys(v, `${prefix}${k}.`)));
}

function values(tree: Tree): string[] {
  return Object.values(tree).flatMap((v) => (typeof v === "string" ? [v] : values(v)));
}

describe("catalogs", () => {
  test("Italian and English have exactly the same keys", () => {
    const itKeys = keys(it);
    const enKeys = keys(en);
    expect(itKeys.filter((k) => !enKeys.includes(k))).toEqual([]);
    expect(enKeys.filter((k) => !itKeys.includes(k))).toEqual([]);
    expect(itKeys.length).toBeGreaterThan(150);
  });

  test("no string is empty", () => {
    expect(values(it).filter((v) => !v.trim())).toEqual([]);
    expect(values(en).filter((v) => !v.trim())).toEqual([]);
  });

  test("every channel of the Rust catalog has a name in both languages", () => {
    for (const channel of CHANNELS) {
      expect(it.channels).toHaveProperty(channel);
      expect(en.channels).toHaveProperty(channel);
    }
  });

  test("interpolations match between languages", () => {
    const vars = (s: string) => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
    const enTree = Object.fromEntries(keys(en).map((k) => [k, k.split(".").reduce<Tree | string>((t, p) => (t as Tree)[p] as Tree | string, en as Tree)]));
    for (const key of keys(it)) {
      const itText = key.split(".").reduce<Tree | string>((t, p) => (t as Tree)[p] as Tree | string, it as Tree) as string;
      expect(vars(enTree[key] as string), key).toEqual(vars(itText));
    }
  });
});
