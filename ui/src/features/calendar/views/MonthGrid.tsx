// The month as six weeks from Monday. A day draws at most CELL_CHIPS chips and
// one "+N" button whatever its load, so a month of thousands of items stays a
// few hundred nodes. The read arrives per day (its count and its first chips),
// never filtered per cell.
import { useTranslation } from "react-i18next";

import type { CalendarOccasion } from "../../../bindings";
import { useCalendarActions } from "./context";
import { useDayKeys, useDayLabel } from "./dayCell";
import { monthTitle, sameMonth, today, weekdayNames } from "./dates";
import { DayItems } from "./DayItems";
import { CELL_CHIPS, type GridDay } from "./model";
import { OccasionChip } from "./OccasionChip";
import type { Period } from "./usePeriod";

const NONE: never[] = [];
const EMPTY = { entries: NONE, count: 0 };

export function MonthGrid({
  period,
  byDay,
  occasions,
}: {
  period: Period;
  byDay: Map<string, GridDay>;
  occasions: Map<string, CalendarOccasion[]>;
}) {
  const { t } = useTranslation();
  const actions = useCalendarActions();
  const { grid, onKeyDown } = useDayKeys(period, actions);
  const dayLabel = useDayLabel();
  const now = today();
  const weeks = [0, 1, 2, 3, 4, 5].map((w) => period.days.slice(w * 7, w * 7 + 7));
  // The roving tab stop: the focused day if drawn, else the month's first.
  const tabDay = period.days.includes(period.focusDay) ? period.focusDay : period.month;

  return (
    <div ref={grid} role="grid" className="month-grid" aria-label={t("calendar.grid.label", { period: monthTitle(period.month, actions.language) })}>
      <div role="row" className="month-row month-head">
        {weekdayNames(actions.language).map((name) => (
          <div role="columnheader" key={name.long} aria-label={name.long}>
            {name.short}
          </div>
        ))}
      </div>
      {weeks.map((week) => (
        <div role="row" className="month-row" key={week[0]}>
          {week.map((day) => {
            const { entries, count } = byDay.get(day) ?? EMPTY;
            const dayOccasions = occasions.get(day) ?? NONE;
            const focused = day === tabDay;
            const classes = ["month-day", sameMonth(day, period.month) ? "" : "outside", day === now ? "today" : ""].filter(Boolean).join(" ");
            return (
              <div
                key={day}
                role="gridcell"
                data-day={day}
                className={classes}
                tabIndex={focused ? 0 : -1}
                aria-label={dayLabel(day, count, dayOccasions, day === now, actions.language)}
                onKeyDown={(event) => onKeyDown(event, day)}
                onFocus={() => period.focus(day, false)}
                onDoubleClick={(event) => {
                  if (event.target === event.currentTarget) actions.newItem?.({ date: day });
                }}
              >
                <span className="day-number" aria-hidden="true">
                  {Number(day.slice(8))}
                </span>
                {dayOccasions.map((occasion) => (
                  <OccasionChip key={occasion.reference} occasion={occasion} day={day} tabbable={focused} />
                ))}
                <DayItems day={day} entries={entries} count={count} limit={CELL_CHIPS} focused={focused} />
              </div>
            );
          })}
        </div>
      ))}
    </div>
  );
}
