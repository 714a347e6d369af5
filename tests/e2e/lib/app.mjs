// Launches the REAL built Regia app through tauri-driver + WebKitWebDriver and
// hands back a WebdriverIO session on it.
//
//   const app = await launch({ dataHome });   // dataHome = a fresh temp dir
//   await app.browser.getTitle();
//   await app.close();                        // safe to call twice
//
// Each launch gets its own tauri-driver, started detached in its own process
// group on two free ports, so close() can kill the driver, WebKitWebDriver and
// the app together. The app sees XDG_DATA_HOME=dataHome, so its database lands
// at $dataHome/it.regia.desktop/regia.db (see db.mjs).

import { execFile, spawn } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { remote } from "webdriverio";

const HERE = path.dirname(fileURLToPath(import.meta.url));
export const E2E_DIR = path.resolve(HERE, "..");
export const REPO_ROOT = path.resolve(E2E_DIR, "..", "..");
export const ARTIFACTS_DIR = path.join(E2E_DIR, "artifacts");

export const APP_BINARY = path.resolve(
  process.env.REGIA_APP || path.join(REPO_ROOT, "target", "debug", "regia"),
);
export const TAURI_DRIVER = path.resolve(
  process.env.TAURI_DRIVER || path.join(REPO_ROOT, ".tools", "bin", "tauri-driver"),
);
export const NATIVE_DRIVER = process.env.WEBKIT_WEBDRIVER || "/usr/bin/WebKitWebDriver";
/** The Tauri identifier: the app's data lives in $XDG_DATA_HOME/<this>. */
export const APP_IDENTIFIER = "it.regia.desktop";
/** A binary built with plain `cargo build` loads this instead of the bundled UI. */
const DEV_URL_PREFIX = "http://localhost:5173";

const HOST = "127.0.0.1";

/** Process groups of drivers still running: killed on exit if a test forgot close(). */
const liveGroups = new Set();
let exitHookInstalled = false;

function installExitHook() {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  const killAll = () => {
    for (const pgid of liveGroups) {
      try {
        process.kill(-pgid, "SIGKILL");
      } catch {
        /* already gone */
      }
      forgetGroup(pgid);
    }
  };
  process.on("exit", killAll);
  for (const sig of ["SIGINT", "SIGTERM", "SIGHUP"]) {
    process.once(sig, () => {
      killAll();
      process.exit(128 + (sig === "SIGINT" ? 2 : sig === "SIGTERM" ? 15 : 1));
    });
  }
}

// run.sh sets E2E_PGID_DIR: each live driver group is recorded there as a file,
// so the runner can still kill it if this process is SIGKILLed by the timeout.
function rememberGroup(pgid) {
  liveGroups.add(pgid);
  const dir = process.env.E2E_PGID_DIR;
  if (dir) {
    try {
      fs.writeFileSync(path.join(dir, String(pgid)), "");
    } catch {
      /* best effort */
    }
  }
}

function forgetGroup(pgid) {
  liveGroups.delete(pgid);
  const dir = process.env.E2E_PGID_DIR;
  if (dir) fs.rmSync(path.join(dir, String(pgid)), { force: true });
}

/** A TCP port that was free a moment ago (bind to port 0, read it, release it). */
export function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.once("error", reject);
    srv.listen(0, HOST, () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

function canConnect(port) {
  return new Promise((resolve) => {
    const sock = net.connect({ host: HOST, port });
    const done = (ok) => {
      sock.removeAllListeners();
      sock.destroy();
      resolve(ok);
    };
    sock.setTimeout(500, () => done(false));
    sock.once("connect", () => done(true));
    sock.once("error", () => done(false));
  });
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/**
 * The live processes of process group `pgid`, read from Linux's /proc:
 * `{ pid, comm, state }`, zombies and dead ones left out. `null` without /proc.
 */
export function groupMembers(pgid) {
  let entries;
  try {
    entries = fs.readdirSync("/proc");
  } catch {
    return null;
  }
  const members = [];
  for (const name of entries) {
    if (!/^\d+$/.test(name)) continue;
    let stat;
    try {
      stat = fs.readFileSync(`/proc/${name}/stat`, "utf8");
    } catch {
      continue;
    }
    // "pid (comm) state ppid pgrp ..." — comm may hold spaces and parens.
    const comm = stat.slice(stat.indexOf("(") + 1, stat.lastIndexOf(")"));
    const rest = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    const state = rest[0];
    if (Number(rest[2]) === pgid && state !== "Z" && state !== "X") members.push({ pid: Number(name), comm, state });
  }
  return members;
}

/** True while any non-zombie process is left in process group `pgid`. */
function groupAlive(pgid) {
  const members = groupMembers(pgid);
  if (members) return members.length > 0;
  // No /proc: fall back to kill(0), which also counts zombies.
  try {
    process.kill(-pgid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Pids of the live processes in group `pgid` whose command is `comm`. */
function groupProcesses(pgid, comm) {
  return (groupMembers(pgid) ?? []).filter((m) => m.comm === comm).map((m) => m.pid);
}

/**
 * Raises the app's windows above every other on the display. Two apps alive
 * at once share one Xvfb with no window manager, each window where the other
 * is: the one a screenshot is of must be on top.
 */
export async function bringToFront(app) {
  const comm = path.basename(APP_BINARY).slice(0, 15); // the kernel keeps 15 characters
  const xdotool = (args) => promisify(execFile)("xdotool", args, { timeout: 10_000, env: process.env });
  const windows = [];
  for (const pid of groupProcesses(app.pid, comm)) {
    // Exit status 1 when the process has no visible window.
    const { stdout } = await xdotool(["search", "--onlyvisible", "--pid", String(pid)]).catch(() => ({ stdout: "" }));
    windows.push(...stdout.split("\n").filter(Boolean));
  }
  if (!windows.length) throw new Error(`bringToFront: no visible window of ${comm} in process group ${app.pid}`);
  for (const id of windows) await xdotool(["windowraise", id]);
}

/**
 * Kills the app itself with SIGKILL, as a crash or a power cut of the
 * process would (the driver stays; close() still cleans up). Returns how
 * many processes were killed.
 */
export function killApp(app) {
  const comm = path.basename(APP_BINARY).slice(0, 15);
  const pids = groupProcesses(app.pid, comm);
  for (const pid of pids) process.kill(pid, "SIGKILL");
  return pids.length;
}

async function killGroup(pgid, graceMs = 5000) {
  try {
    process.kill(-pgid, "SIGTERM");
  } catch {
    return; // nothing left in the group
  }
  const deadline = Date.now() + graceMs;
  while (Date.now() < deadline) {
    if (!groupAlive(pgid)) return;
    await sleep(100);
  }
  try {
    process.kill(-pgid, "SIGKILL");
  } catch {
    return;
  }
  const hardDeadline = Date.now() + 3000;
  while (Date.now() < hardDeadline && groupAlive(pgid)) await sleep(100);
}

function withTimeout(promise, ms, what) {
  let timer;
  return Promise.race([
    promise,
    new Promise((_, reject) => {
      timer = setTimeout(() => reject(new Error(`${what} took longer than ${ms} ms`)), ms);
    }),
  ]).finally(() => clearTimeout(timer));
}

function safeLabel(s) {
  return String(s).replace(/[^A-Za-z0-9._-]+/g, "_").slice(0, 60) || "app";
}

/**
 * Start the real app and return a WebdriverIO session on it.
 *
 * @param {object} opts
 * @param {string} opts.dataHome      directory used as XDG_DATA_HOME (created if missing)
 * @param {string} [opts.label]       name for the driver log (artifacts/logs/<label>-<n>.log)
 * @param {string} [opts.application] the binary to start (default APP_BINARY: Regia)
 * @param {string[]} [opts.args]      extra command-line args for the app
 * @param {Record<string,string>} [opts.env]  extra environment for driver + app
 * @param {number} [opts.portTimeoutMs=20000]    max wait for both driver ports
 * @param {number} [opts.sessionTimeoutMs=60000] max wait for the session (app start)
 * @param {number} [opts.readyTimeoutMs=20000]   max wait for document.readyState=complete
 * @returns {Promise<{browser: WebdriverIO.Browser, close: () => Promise<void>,
 *                    dataHome: string, dbPath: string, logFile: string,
 *                    ports: {port: number, nativePort: number}, pid: number}>}
 */
export async function launch(opts = {}) {
  const {
    dataHome,
    label = "app",
    application = APP_BINARY,
    args = [],
    env = {},
    portTimeoutMs = 20_000,
    sessionTimeoutMs = 60_000,
    readyTimeoutMs = 20_000,
  } = opts;
  if (!dataHome) throw new Error("launch({ dataHome }): dataHome is required");
  const absHome = path.resolve(dataHome);
  fs.mkdirSync(absHome, { recursive: true });

  for (const [what, file] of [
    ["app binary (REGIA_APP)", application],
    ["tauri-driver (TAURI_DRIVER)", TAURI_DRIVER],
    ["WebKitWebDriver (WEBKIT_WEBDRIVER)", NATIVE_DRIVER],
  ]) {
    try {
      fs.accessSync(file, fs.constants.X_OK);
    } catch {
      throw new Error(`launch: ${what} not found or not executable at ${file}`);
    }
  }
  const display = env.DISPLAY || process.env.DISPLAY;
  if (!display) throw new Error("launch: DISPLAY is not set (run the tests through tests/e2e/run.sh)");

  const port = await freePort();
  let nativePort = await freePort();
  while (nativePort === port) nativePort = await freePort();

  const logDir = path.join(ARTIFACTS_DIR, "logs");
  fs.mkdirSync(logDir, { recursive: true });
  const logFile = path.join(logDir, `${safeLabel(label)}-${process.pid}-${port}.log`);
  const logFd = fs.openSync(logFile, "w");
  let tail = "";
  const appendLog = (chunk) => {
    fs.writeSync(logFd, chunk);
    tail = (tail + chunk.toString()).slice(-4000);
  };

  const childEnv = {
    ...process.env,
    // The app keeps config/cache beside its data so a relaunch on the same
    // dataHome sees the same state, and nothing leaks between tests.
    XDG_CONFIG_HOME: path.join(absHome, ".xdg-config"),
    XDG_CACHE_HOME: path.join(absHome, ".xdg-cache"),
    // No accessibility bus under Xvfb: avoids a multi-second AT-SPI timeout.
    NO_AT_BRIDGE: "1",
    // Software rendering: Xvfb has no GPU, the DMA-BUF renderer can paint blank.
    WEBKIT_DISABLE_DMABUF_RENDERER: "1",
    ...env,
    XDG_DATA_HOME: absHome,
    DISPLAY: display,
  };

  const driverArgs = [
    "--port", String(port),
    "--native-port", String(nativePort),
    "--native-driver", NATIVE_DRIVER,
  ];
  appendLog(`$ XDG_DATA_HOME=${absHome} DISPLAY=${display} ${TAURI_DRIVER} ${driverArgs.join(" ")}\n`);
  const child = spawn(TAURI_DRIVER, driverArgs, {
    detached: true, // own process group: close() kills driver + WebKitWebDriver + app
    env: childEnv,
    stdio: ["ignore", "pipe", "pipe"],
  });
  const pgid = child.pid;
  installExitHook();
  if (pgid) rememberGroup(pgid);
  child.stdout.on("data", appendLog);
  child.stderr.on("data", appendLog);
  // Never keep the test process alive just for the driver: if a test forgets
  // close(), node still exits and the exit hook kills the process group.
  child.unref();
  child.stdout.unref?.();
  child.stderr.unref?.();
  let exited = null;
  const exitPromise = new Promise((resolve) => {
    child.once("exit", (code, signal) => {
      exited = { code, signal };
      resolve(exited);
    });
    child.once("error", (err) => {
      exited = { code: null, signal: null, error: err };
      resolve(exited);
    });
  });

  let browser = null;
  let closing = null;
  const close = () => {
    if (!closing) {
      closing = (async () => {
        if (browser) {
          try {
            // Deleting the session closes the app window and ends the app.
            await withTimeout(browser.deleteSession(), 15_000, "deleteSession");
          } catch (err) {
            appendLog(`close: deleteSession failed: ${err.message}\n`);
          }
        }
        if (pgid) {
          await killGroup(pgid);
          forgetGroup(pgid);
        }
        await withTimeout(exitPromise, 5000, "tauri-driver exit").catch(() => {});
        try {
          fs.closeSync(logFd);
        } catch {
          /* already closed */
        }
      })();
    }
    return closing;
  };

  const fail = async (msg, cause) => {
    await close();
    const err = new Error(
      `${msg}\n  app: ${application}\n  driver log: ${logFile}\n  last driver output:\n${tail
        .split("\n")
        .map((l) => "    " + l)
        .join("\n")}`,
    );
    if (cause) err.cause = cause;
    throw err;
  };

  // Bounded wait for BOTH ports: tauri-driver's own and WebKitWebDriver's.
  const portDeadline = Date.now() + portTimeoutMs;
  const pending = new Set([port, nativePort]);
  while (pending.size) {
    if (exited) {
      await fail(
        `launch: tauri-driver exited before listening (code ${exited.code}, signal ${exited.signal}${
          exited.error ? ", " + exited.error.message : ""
        })`,
      );
    }
    for (const p of [...pending]) if (await canConnect(p)) pending.delete(p);
    if (!pending.size) break;
    if (Date.now() > portDeadline) {
      await fail(
        `launch: tauri-driver ports not accepting connections after ${portTimeoutMs} ms ` +
          `(waiting for ${[...pending].map((p) => (p === port ? `driver port ${p}` : `native port ${p}`)).join(", ")})`,
      );
    }
    await sleep(100);
  }

  try {
    browser = await withTimeout(
      remote({
        hostname: HOST,
        port,
        path: "/",
        logLevel: process.env.WDIO_LOG_LEVEL || "error",
        // One attempt only: a retried POST /session would start a second app.
        connectionRetryCount: 0,
        connectionRetryTimeout: sessionTimeoutMs,
        capabilities: {
          alwaysMatch: {
            // No browserName: WebKitWebDriver rejects "wry" ("Failed to match capabilities").
            "wdio:enforceWebDriverClassic": true,
            "tauri:options": { application, args },
          },
          firstMatch: [{}],
        },
      }),
      sessionTimeoutMs + 5000,
      "creating the WebDriver session",
    );
  } catch (err) {
    await fail(`launch: could not create a WebDriver session: ${err.message}`, err);
  }

  try {
    const readyDeadline = Date.now() + readyTimeoutMs;
    for (;;) {
      const state = await browser.execute(() => document.readyState);
      if (state === "complete") break;
      if (Date.now() > readyDeadline) {
        throw new Error(`document.readyState still "${state}" after ${readyTimeoutMs} ms`);
      }
      await sleep(100);
    }
    const url = await browser.getUrl();
    if (url.startsWith(DEV_URL_PREFIX)) {
      throw new Error(
        `the app loaded the dev server (${url}): ${application} was built with plain cargo. ` +
          "Build it with the Tauri CLI: cd src-tauri && ../ui/node_modules/.bin/tauri build --debug --no-bundle",
      );
    }
  } catch (err) {
    await fail(`launch: the app did not load its UI: ${err.message}`, err);
  }

  return {
    browser,
    close,
    dataHome: absHome,
    dbPath: path.join(absHome, APP_IDENTIFIER, "regia.db"),
    logFile,
    ports: { port, nativePort },
    pid: pgid,
  };
}
