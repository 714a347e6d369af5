import { describe, expect, it } from "vitest";

import { parseDay, periodStart, periodWindow, shiftPeriod } from "./periods";

describe("periods", () => {
  it("starts a week on Monday and a month on the 1st, across years", () => {
    expect(periodStart("week", "2026-11-18")).toBe("2026-11-16");
    expect(periodStart("week", "2026-11-16")).toBe("2026-11-16");
    expect(periodStart("week", "2026-11-22")).toBe("2026-11-16");
    expect(periodStart("week", "2027-01-02")).toBe("2026-12-28");
    expect(periodStart("month", "2026-11-30")).toBe("2026-11-01");
  });

  it("moves by whole periods", () => {
    expect(shiftPeriod("month", "2026-01-01", -1)).toBe("2025-12-01");
    expect(shiftPeriod("month", "2026-11-01", 14)).toBe("2028-01-01");
    expect(shiftPeriod("week", "2026-12-28", 1)).toBe("2027-01-04");
  });

  it("shows six periods ending with the current one, or whole windows earlier", () => {
    expect(periodWindow("month", "2026-03-15", 0)).toEqual(["2025-10-01", "2025-11-01", "2025-12-01", "2026-01-01", "2026-02-01", "2026-03-01"]);
    expect(periodWindow("month", "2026-03-15", 1).at(-1)).toBe("2025-09-01");
    expect(periodWindow("week", "2026-11-18", 0)).toEqual(["2026-10-12", "2026-10-19", "2026-10-26", "2026-11-02", "2026-11-09", "2026-11-16"]);
  });

  it("reads days typed the ISO or the Italian way, and no impossible ones", () => {
    expect(parseDay("2026-11-03")).toBe("2026-11-03");
    expect(parseDay(" 3/11/2026 ")).toBe("2026-11-03");
    expect(parseDay("03.11.2026")).toBe("2026-11-03");
    expect(parseDay("31/02/2026")).toBeNull();
    expect(parseDay("novembre")).toBeNull();
  });
});
