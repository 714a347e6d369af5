// Answers the system's file dialogs (GTK's file chooser, opened by the app
// through tauri-plugin-dialog) the way a person would: wait for the window by
// its title, type the path, press Enter. WebDriver cannot reach these native
// windows; xdotool can, on the same Xvfb display.
import { execFile } from "node:child_process";
import { promisify } from "node:util";

const run = promisify(execFile);

/** The title Regia gives its file dialogs (see TransferPanel). */
export const DIALOG_TITLE = "Regia:";

async function xdotool(args, timeout = 20_000) {
  const { stdout } = await run("xdotool", args, { timeout, env: process.env });
  return stdout.trim();
}

/**
 * Waits for Regia's file dialog and answers it with `path`. `save` for a save
 * dialog, `folder` for a folder chooser (the path of a folder).
 */
export async function answerFileDialog(path, { save = false, folder = false } = {}) {
  const ids = await xdotool(["search", "--sync", "--onlyvisible", "--name", DIALOG_TITLE]);
  const id = ids.split("\n").pop();
  await xdotool(["windowactivate", "--sync", id]).catch(() => xdotool(["windowfocus", "--sync", id]));
  // Give GTK a moment to put the focus in the dialog's own field.
  await new Promise((r) => setTimeout(r, 400));
  if (save) {
    await xdotool(["key", "--window", id, "ctrl+a"]);
  } else {
    // A folder chooser opens on "Recent", where Enter chooses nothing: leave it.
    if (folder) await xdotool(["key", "--window", id, "alt+Home"]);
    // The open dialog types into its location bar, which Ctrl+L shows.
    await xdotool(["key", "--window", id, "ctrl+l"]);
  }
  await xdotool(["type", "--window", id, "--delay", "15", path]);
  if (folder) {
    // GTK completes a folder's name inline ("/", even a subfolder), selected:
    // Delete drops it, so Enter chooses the folder typed.
    await new Promise((r) => setTimeout(r, 400));
    await xdotool(["key", "--window", id, "Delete"]);
  }
  await new Promise((r) => setTimeout(r, 200));
  await xdotool(["key", "--window", id, "Return"]);
  // The dialog closes once it accepted the path.
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    const still = await xdotool(["search", "--onlyvisible", "--name", DIALOG_TITLE]).catch(() => "");
    if (!still) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`the file dialog did not close after typing ${path}`);
}
