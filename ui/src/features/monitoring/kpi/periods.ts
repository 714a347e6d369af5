// How a period is named on an axis or in a table head: a week by its first
// day ("03/11"), a month by name and year ("nov 2026"), a quarter by number
// and year ("T1 2026"). Documents pass the client's language, screens the
// reader's.
import type { TFunction } from "i18next";

import type { Frequency, Language } from "../../../bindings";
import { dateFormat, locales } from "../../../lib/intl";

function parts(isoDate: string): [number, number, number] {
  const [y = 0, m = 1, d = 1] = isoDate.split("-").map(Number);
  return [y, m, d];
}

/** `2026-11-01` → "nov 2026" (it), "Nov 2026" (en). */
export function monthLabel(isoDate: string, language: Language): string {
  const [y, m] = parts(isoDate);
  return dateFormat(locales[language], { month: "short", year: "numeric", timeZone: "UTC" }).format(new Date(Date.UTC(y, m - 1, 1)));
}

/** `t` must speak `language` (a fixed `t` in documents). */
export function periodLabel(t: TFunction, startsOn: string, frequency: Frequency, language: Language): string {
  const [y, m, d] = parts(startsOn);
  switch (frequency) {
    case "week":
      return dateFormat(locales[language], { day: "2-digit", month: "2-digit", timeZone: "UTC" }).format(new Date(Date.UTC(y, m - 1, d)));
    case "month":
      return monthLabel(startsOn, language);
    case "quarter":
      return t("monitoringKpi.periods.quarter", { number: Math.floor((m - 1) / 3) + 1, year: y });
  }
}
