// Screenshots of the real app window, saved under tests/e2e/artifacts/ and
// checked not to be blank.
//
//   await screenshot(browser, "onboarding-first-screen");
//   // -> tests/e2e/artifacts/onboarding-first-screen.png

import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { ARTIFACTS_DIR } from "./app.mjs";

export { ARTIFACTS_DIR };

/** Below this normalised standard deviation (0..1) an image counts as blank. */
export const BLANK_THRESHOLD = 0.01;

const NAME_RE = /^[a-z0-9]+(?:[a-z0-9_]*)(?:-[a-z0-9_]+)+$/;

/**
 * Normalised standard deviation of all pixels (0 = one flat colour), plus size.
 * Uses ImageMagick's `identify`.
 */
export function imageStats(file) {
  const out = execFileSync(
    "identify",
    ["-format", "%w %h %[fx:standard_deviation]\n", file],
    { encoding: "utf8", timeout: 30_000 },
  ).trim().split("\n")[0];
  const [w, h, sd] = out.split(/\s+/).map(Number);
  return { width: w, height: h, stdDev: sd };
}

/** Throw unless `file` is a real, non-blank image. */
export function assertNotBlank(file, threshold = BLANK_THRESHOLD) {
  const st = imageStats(file);
  if (!(st.width > 1 && st.height > 1)) {
    throw new Error(`screenshot ${file} is ${st.width}x${st.height}: not a real capture`);
  }
  if (!(st.stdDev > threshold)) {
    throw new Error(
      `screenshot ${file} looks blank: standard deviation ${st.stdDev} <= ${threshold} ` +
        `(the window painted one flat colour)`,
    );
  }
  return st;
}

/**
 * Save a PNG of the app to tests/e2e/artifacts/<name>.png and check it is not
 * blank. `name` is "<feature>-<screen>", lower-case, e.g. "smoke-first-screen".
 * Captures the Xvfb display with ImageMagick `import`, cropped to the app
 * window's WebDriver rect (the whole screen if the rect cannot be read).
 * @returns {Promise<{file: string, method: "xvfb-window"|"xvfb", width: number, height: number, stdDev: number}>}
 */
export async function screenshot(browser, name, opts = {}) {
  if (!NAME_RE.test(name)) {
    throw new Error(`screenshot name "${name}" must look like "<feature>-<screen>" (lower-case, dash-separated)`);
  }
  fs.mkdirSync(ARTIFACTS_DIR, { recursive: true });
  const file = path.join(ARTIFACTS_DIR, `${name}.png`);
  fs.rmSync(file, { force: true });
  // Captured from the Xvfb display: WebKitWebDriver's own screenshot command
  // intermittently hangs for its full 60 s timeout.
  const display = process.env.DISPLAY;
  if (!display) throw new Error("screenshot: DISPLAY is not set (run the tests through tests/e2e/run.sh)");
  // Let the last change paint before capturing.
  await browser.executeAsync((done) => requestAnimationFrame(() => requestAnimationFrame(() => done())));
  // Crop the screen to the app window (no window manager: its rect is exact).
  let crop = [];
  let method = "xvfb";
  try {
    const { x, y, width, height } = await browser.getWindowRect();
    if (width > 0 && height > 0) {
      crop = ["-crop", `${width}x${height}+${Math.max(0, x)}+${Math.max(0, y)}`, "+repage"];
      method = "xvfb-window";
    }
  } catch {
    /* the whole screen, then */
  }
  execFileSync("import", ["-display", display, "-window", "root", ...crop, file], { timeout: 30_000 });
  const st = assertNotBlank(file, opts.threshold ?? BLANK_THRESHOLD);
  return { file, method, ...st };
}
