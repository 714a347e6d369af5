// Numbers as the split's readers write and read them: hours with one decimal,
// euro amounts, and typed amounts in either convention ("1.234,5" or "1,234.5").
import type { Language } from "../../../bindings";

const LOCALES: Record<Language, string> = { it: "it-IT", en: "en-GB" };

/** Hours, to one decimal at most: `173.333` → `173,3` in Italian. */
export function formatHours(value: number | null, language: Language): string {
  return new Intl.NumberFormat(LOCALES[language], { maximumFractionDigits: 1 }).format(value ?? 0);
}

/** A whole percent. */
export function formatPercent(value: number | null, language: Language): string {
  return new Intl.NumberFormat(LOCALES[language], { maximumFractionDigits: 0 }).format(Math.round(value ?? 0));
}

/** Euro with cents, or whole euro (`whole`) for a chart's ticks. */
export function formatMoney(value: number | null, language: Language, whole = false): string {
  const digits = whole ? { minimumFractionDigits: 0, maximumFractionDigits: 0 } : {};
  return new Intl.NumberFormat(language, { style: "currency", currency: "EUR", ...digits }).format(value ?? 0);
}

/** A number as it sits in an input: no grouping, the reader's decimal mark. */
export function inputNumber(value: number | null, language: Language): string {
  if (value === null) return "";
  return new Intl.NumberFormat(LOCALES[language], { maximumFractionDigits: 2, useGrouping: false }).format(value);
}

/** `null`: the text is empty; `NaN`: it is not a number. */
export type Parsed = number | null;

/**
 * Reads an amount typed in the reader's convention, tolerating the other one
 * where it cannot be mistaken: in Italian `1.234,5`, `35,5`, `35.5` (a lone
 * dot not followed by three digits is a decimal mark), `1.234` (thousands).
 * A currency or percent sign and spaces are ignored.
 */
export function parseAmount(text: string, language: Language): Parsed {
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
