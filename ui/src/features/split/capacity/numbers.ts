// Numbers as the split shows them: hours with one decimal, percents and
// euro amounts (typed numbers are read by `parseNumber` in lib/format).
import type { Language } from "../../../bindings";
import { locales, numberFormat } from "../../../lib/intl";

/** Hours, to one decimal at most: `173.333` → `173,3` in Italian. */
export function formatHours(value: number | null, language: Language): string {
  return numberFormat(locales[language], { maximumFractionDigits: 1 }).format(value ?? 0);
}

/** A whole percent. */
export function formatPercent(value: number | null, language: Language): string {
  return numberFormat(locales[language], { maximumFractionDigits: 0 }).format(Math.round(value ?? 0));
}

/** Euro with cents, or whole euro (`whole`) for a chart's ticks. */
export function formatMoney(value: number | null, language: Language, whole = false): string {
  const digits = whole ? { minimumFractionDigits: 0, maximumFractionDigits: 0 } : {};
  return numberFormat(language, { style: "currency", currency: "EUR", ...digits }).format(value ?? 0);
}

/** A number as it sits in an input: no grouping, the reader's decimal mark. */
export function inputNumber(value: number | null, language: Language): string {
  if (value === null) return "";
  return numberFormat(locales[language], { maximumFractionDigits: 2, useGrouping: false }).format(value);
}
