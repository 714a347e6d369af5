// Numbers and dates shown the way the reader's language writes them.
import type { Language } from "../bindings";

const locales: Record<Language, string> = { it: "it-IT", en: "en-GB" };

export function formatNumber(value: number, language: Language): string {
  return new Intl.NumberFormat(locales[language], { maximumFractionDigits: 6 }).format(value);
}

/** `2026-11-23` → `23/11/2026` (it) or `23/11/2026` (en-GB): day first, as our users write. */
export function formatDate(isoDate: string, language: Language): string {
  const [y, m, d] = isoDate.split("-").map(Number);
  if (!y || !m || !d) return isoDate;
  return new Intl.DateTimeFormat(locales[language], { day: "2-digit", month: "2-digit", year: "numeric", timeZone: "UTC" }).format(
    new Date(Date.UTC(y, m - 1, d)),
  );
}

export function formatDateTime(iso: string, language: Language): string {
  return new Intl.DateTimeFormat(locales[language], { dateStyle: "medium", timeStyle: "short" }).format(new Date(iso));
}
