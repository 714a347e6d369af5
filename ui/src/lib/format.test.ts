import { afterEach, describe, expect, it } from "vitest";

import { longDay, monthTitle, shortDay, weekdayNames } from "../features/calendar/views/dates";
import { formatDate, formatFigure, formatNumber } from "./format";

const { DateTimeFormat, NumberFormat } = Intl;

/** Counts the formatters built while `Intl`'s constructors are replaced by counting ones. */
function countBuilt() {
  const built = { dates: 0, numbers: 0 };
  Intl.DateTimeFormat = new Proxy(DateTimeFormat, {
    construct(target, args: ConstructorParameters<typeof Intl.DateTimeFormat>) {
      built.dates += 1;
      return new target(...args);
    },
  });
  Intl.NumberFormat = new Proxy(NumberFormat, {
    construct(target, args: ConstructorParameters<typeof Intl.NumberFormat>) {
      built.numbers += 1;
      return new target(...args);
    },
  });
  return built;
}

afterEach(() => {
  Intl.DateTimeFormat = DateTimeFormat;
  Intl.NumberFormat = NumberFormat;
});

describe("formatters", () => {
  it("builds one per locale and options however many rows a list formats", () => {
    const built = countBuilt();
    const days = Array.from({ length: 200 }, (_, i) => `2026-${String((i % 12) + 1).padStart(2, "0")}-${String((i % 28) + 1).padStart(2, "0")}`);
    for (const day of days) {
      formatDate(day, "it");
      longDay(day, "it");
      formatNumber(day.length * 1234.5, "it");
      formatFigure(day.length / 7, "en");
    }
    // Earlier tests in this file may have built some already; none is built per row.
    expect(built.dates).toBeLessThanOrEqual(2);
    expect(built.numbers).toBeLessThanOrEqual(2);
  });

  it("writes what a reader expects with formatters reused", () => {
    for (let i = 0; i < 2; i++) {
      expect(formatDate("2026-03-29", "it")).toBe("29/03/2026");
      expect(monthTitle("2026-12-01", "it")).toBe("dicembre 2026");
      expect(longDay("2026-12-15", "it")).toBe("martedì 15 dicembre 2026");
      expect(shortDay("2026-12-15", "it")).toBe("mar 15");
      expect(weekdayNames("it").map((d) => d.short)).toEqual(["lun", "mar", "mer", "gio", "ven", "sab", "dom"]);
      expect(formatNumber(1234.5, "it")).toBe("1234,5");
      expect(formatNumber(1234.5, "en")).toBe("1,234.5");
      expect(formatFigure(2 / 3, "it")).toBe("0,67");
    }
  });

  it("returns text that is not a date as it is", () => {
    expect(formatDate("not a date", "it")).toBe("not a date");
  });
});
