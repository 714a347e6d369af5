import { describe, expect, it } from "vitest";

import type { CalendarDay, ClientId, ItemId } from "../../../bindings";
import { gridDaysOf } from "./model";

const OWN = "0190b3a2-0000-7000-8000-c00000000001" as ClientId;
const OTHER = "0190b3a2-0000-7000-8000-c00000000002" as ClientId;
const chip = (id: string, clientId: ClientId | null, time: string) => ({
  id: id as ItemId,
  clientId,
  channel: "instagram",
  title: `Post ${id}`,
  time,
  status: "draft" as const,
});

describe("gridDaysOf", () => {
  it("puts a chip back on its day at its time, with the calendar's client", () => {
    const days: CalendarDay[] = [{ day: "2026-12-10", count: 5, entries: [chip("a", null, "08:00:00"), chip("b", null, "21:30:00")] }];
    expect(gridDaysOf(days, OWN)).toEqual([
      {
        day: "2026-12-10",
        count: 5,
        entries: [
          { id: "a", clientId: OWN, channel: "instagram", title: "Post a", plannedLocal: "2026-12-10T08:00:00", status: "draft" },
          { id: "b", clientId: OWN, channel: "instagram", title: "Post b", plannedLocal: "2026-12-10T21:30:00", status: "draft" },
        ],
      },
    ]);
  });

  it("keeps the client each chip names in the overview", () => {
    const days: CalendarDay[] = [{ day: "2026-12-11", count: 2, entries: [chip("a", OWN, "09:00:00"), chip("b", OTHER, "10:00:00")] }];
    expect(gridDaysOf(days, null).flatMap((d) => d.entries.map((e) => e.clientId))).toEqual([OWN, OTHER]);
  });

  it("refuses an overview chip that names no client", () => {
    const days: CalendarDay[] = [{ day: "2026-12-12", count: 1, entries: [chip("a", null, "09:00:00")] }];
    expect(() => gridDaysOf(days, null)).toThrow(/2026-12-12/);
  });
});
