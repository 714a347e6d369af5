// Numbers and dates shown, and numbers read, the way the reader's language writes them.
import type { Language } from "../bindings";
import { dateFormat, locales, numberFormat } from "./intl";

/** `null`: the text is empty; `NaN`: it is not a number. */
export type Parsed = number | null;

/**
 * Reads an amount typed in the reader's convention, tolerating the other one
 * where it cannot be mistaken: in Italian `1.234,5`, `35,5`, `35.5` (a lone
 * dot not followed by three digits is a decimal mark), `1.234` (thousands).
 * A currency or percent sign and spaces are ignored.
 */
export function parseNumber(text: string, language: Language): Parsed {
  const cleaned = text.replace(/[\s\u00a0\u202f€%]/g, "");
  if (cleaned === "") return null;
  const decimal = language === "it" ? "," : ".";
  const group = language === "it" ? "." : ",";
  let body = cleaned;
  if (!body.includes(decimal) && body.split(group).length === 2 && !new RegExp(`\\${group}\\d{3}$`).test(body)) {
    // One "wrong" mark that cannot be a thousands separator: the other convention's decimal mark.
    body = body.replace(group, decimal);
  }
  const shape = new RegExp(`^[+-]?(\\d+|\\d{1,3}(\\${group}\\d{3})+)(\\${decimal}\\d+)?$`);
  if (!shape.test(body)) return Number.NaN;
  const value = Number(body.split(group).join("").replace(decimal, "."));
  return Number.isFinite(value) ? value : Number.NaN;
}

export function formatNumber(value: number, language: Language): string {
  return numberFormat(locales[language], { maximumFractionDigits: 6 }).format(value);
}

/** A figure people read rather than type back (a planned value, a total): at most two decimals. */
export function formatFigure(value: number, language: Language): string {
  return numberFormat(locales[language], { maximumFractionDigits: 2 }).format(value);
}

/** `2026-11-23` → `23/11/2026` (it) or `23/11/2026` (en-GB): day first, as our users write. */
export function formatDate(isoDate: string, language: Language): string {
  const [y, m, d] = isoDate.split("-").map(Number);
  if (!y || !m || !d) return isoDate;
  return dateFormat(locales[language], { day: "2-digit", month: "2-digit", year: "numeric", timeZone: "UTC" }).format(
    new Date(Date.UTC(y, m - 1, d)),
  );
}

export function formatDateTime(iso: string, language: Language): string {
  return dateFormat(locales[language], { dateStyle: "medium", timeStyle: "short" }).format(new Date(iso));
}
