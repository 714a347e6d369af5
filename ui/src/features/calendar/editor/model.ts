// Pure rules the editor mirrors from the core so it can answer while the user
// types: caption limits per channel, which status may follow which, and dates
// as the user writes them. The core checks all of it again on save.
import type { ItemStatus, Language } from "../../../bindings";
import { dateFormat, locales } from "../../../lib/intl";

/** The longest caption each channel accepts, in characters (as the core's `channels::caption_limit`). */
const CAPTION_LIMITS: Partial<Record<string, number>> = {
  x: 280,
  threads: 500,
  pinterest: 500,
  google_business: 1500,
  instagram: 2200,
  tiktok: 2200,
  linkedin: 3000,
  telegram: 4096,
  youtube: 5000,
  facebook: 63206,
};

export function captionLimit(channel: string): number | null {
  return CAPTION_LIMITS[channel] ?? null;
}

/** Characters as the core counts them: Unicode scalar values, trailing space ignored. */
export function captionLength(caption: string): number {
  return Array.from(caption.trimEnd()).length;
}

/** The statuses an item may move to (as the core's `workflow::allowed`). */
export const TRANSITIONS: Record<ItemStatus, readonly ItemStatus[]> = {
  idea: ["draft", "in_review", "cancelled"],
  draft: ["idea", "in_review", "cancelled"],
  in_review: ["approved", "changes_requested", "draft", "cancelled"],
  changes_requested: ["draft", "in_review", "cancelled"],
  approved: ["scheduled", "published", "draft", "cancelled"],
  scheduled: ["published", "approved", "cancelled"],
  published: [],
  cancelled: ["idea", "draft"],
};

/** Approving or asking for changes from review is the business's answer: it needs who (and how, when). */
export function isAnswer(from: ItemStatus, to: ItemStatus): boolean {
  return from === "in_review" && (to === "approved" || to === "changes_requested");
}

/** `2026-03-29` → `29/03/2026`, the way the date fields are typed. */
export function typedDate(iso: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  return match ? `${match[3]}/${match[2]}/${match[1]}` : iso;
}

/** An item's wall-clock plan (`2026-03-29T18:30:00`) as the date and time fields show it. */
export function typedPlan(local: string | null): { date: string; time: string } {
  if (!local) return { date: "", time: "" };
  const time = /T(\d{2}:\d{2})/.exec(local)?.[1] ?? "";
  return { date: typedDate(local), time };
}

/** Today on this computer, `YYYY-MM-DD`. */
export function localToday(now: Date = new Date()): string {
  const local = new Date(now.getTime() - now.getTimezoneOffset() * 60_000);
  return local.toISOString().slice(0, 10);
}

/** An instant as `29/03/2026 18:30` in this computer's time. */
export function formatStamp(iso: string, language: Language): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return dateFormat(locales[language], {
    day: "2-digit",
    month: "2-digit",
    year: "numeric",
    hour: "2-digit",
    minute: "2-digit",
  }).format(date);
}
