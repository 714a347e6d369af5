// The week as seven columns, each with its items in time order (a column
// scrolls; past COLUMN_CHIPS the rest opens in the day's list).
import { useTranslation } from "react-i18next";

import type { CalendarOccasion } from "../../../bindings";
import { useCalendarActions } from "./context";
import { useDayKeys, useDayLabel } from "./dayCell";
import { shortDay, today, weekTitle } from "./dates";
import { DayItems } from "./DayItems";
import { COLUMN_CHIPS, type GridDay } from "./model";
import { OccasionChip } from "./OccasionChip";
import type { Period } from "./usePeriod";

const NONE: never[] = [];
const EMPTY = { entries: NONE, count: 0 };

export function WeekView({
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

  return (
    <div ref={grid} role="grid" className="week-grid" aria-label={t("calendar.grid.weekLabel", { period: weekTitle(period.focusDay, actions.language) })}>
      <div role="row" className="week-row">
        {period.days.map((day) => {
          const { entries, count } = byDay.get(day) ?? EMPTY;
          const dayOccasions = occasions.get(day) ?? NONE;
          const focused = day === period.focusDay;
          return (
            <div
              key={day}
              role="gridcell"
              data-day={day}
              className={day === now ? "week-day today" : "week-day"}
              tabIndex={focused ? 0 : -1}
              aria-label={dayLabel(day, count, dayOccasions, day === now, actions.language)}
              onKeyDown={(event) => onKeyDown(event, day)}
              onFocus={() => period.focus(day, false)}
            >
              <span className="week-day-name" aria-hidden="true">
                {shortDay(day, actions.language)}
              </span>
              {dayOccasions.map((occasion) => (
                <OccasionChip key={occasion.reference} occasion={occasion} day={day} tabbable={focused} />
              ))}
              <div className="week-items">
                <DayItems day={day} entries={entries} count={count} limit={COLUMN_CHIPS} focused={focused} />
              </div>
            </div>
          );
        })}
      </div>
    </div>
  );
}
