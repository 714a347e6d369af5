// Links open in the system browser, and only https: and mailto: ones.
import { openUrl } from "@tauri-apps/plugin-opener";

export function isOpenable(url: string): boolean {
  try {
    const protocol = new URL(url).protocol;
    return protocol === "https:" || protocol === "mailto:";
  } catch {
    return false;
  }
}

export async function openExternal(url: string): Promise<void> {
  if (isOpenable(url)) await openUrl(url);
}
