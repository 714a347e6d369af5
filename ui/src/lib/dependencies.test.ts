// Tauri freezes Object.prototype in the web view (`freezePrototype`). A
// library that assigns e.g. `toString` or `constructor` on its own prototype
// objects then throws while loading, and the whole app stays blank: this is
// why Regia's charts are Chart.js and not Recharts (decimal.js) or visx
// (d3-color). Every runtime dependency must load with the prototype frozen.
import { describe, expect, it } from "vitest";

// Node's modules, typed by hand: the UI's tsconfig has no Node types on purpose.
type Node = {
  execFileSync: (file: string, args: string[], options: { cwd: string; encoding: "utf8" }) => string;
  readFileSync: (path: string, encoding: "utf8") => string;
  process: { cwd: () => string; execPath: string };
};
const node: Node = {
  ...((await import(/* @vite-ignore */ "node:child_process" as string)) as Pick<Node, "execFileSync">),
  ...((await import(/* @vite-ignore */ "node:fs" as string)) as Pick<Node, "readFileSync">),
  process: (await import(/* @vite-ignore */ "node:process" as string)) as Node["process"],
};

// Vitest runs in ui/.
const root = node.process.cwd();
const dependencies = Object.keys((JSON.parse(node.readFileSync(`${root}/package.json`, "utf8")) as { dependencies: Record<string, string> }).dependencies);

function loadFrozen(name: string): string {
  const script = `Object.freeze(Object.prototype);
try { await import(${JSON.stringify(name)}); console.log("ok"); }
catch (error) { console.log(String(error && error.message)); }`;
  return node.execFileSync(node.process.execPath, ["--input-type=module", "-e", script], { cwd: root, encoding: "utf8" }).trim();
}

describe("runtime dependencies", () => {
  it("include the chart library", () => {
    expect(dependencies).toContain("chart.js");
  });

  it.each(dependencies)("%s loads with Object.prototype frozen", (name) => {
    expect(loadFrozen(name)).toBe("ok");
  });

  it("the check catches a library that does not", () => {
    // What decimal.js does: a method assigned on a plain prototype object.
    const module = "data:text/javascript,const P = {}; P.toString = () => 'P';";
    expect(loadFrozen(module)).toMatch(/read only property/);
  });
});
