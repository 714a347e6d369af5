// The items of one day, at most `limit` of them, then "+N altri" for the rest
// of its `count`: a dense day never puts more than a handful of nodes on screen.
import { useTranslation } from "react-i18next";

import type { CalendarEntry } from "../../../bindings";
import { useCalendarActions } from "./context";
import { longDay } from "./dates";
import { ItemChip } from "./ItemChip";

export function DayItems({
  day,
  entries,
  count,
  limit,
  focused,
}: {
  day: string;
  entries: readonly CalendarEntry[];
  count: number;
  limit: number;
  focused: boolean;
}) {
  const { t } = useTranslation();
  const actions = useCalendarActions();
  const more = count - Math.min(limit, entries.length);
  return (
    <>
      {entries.slice(0, limit).map((entry) => (
        <ItemChip key={entry.id} entry={entry} tabbable={focused} />
      ))}
      {more > 0 && (
        <button
          type="button"
          className="more-button"
          tabIndex={focused ? 0 : -1}
          aria-label={t("calendar.grid.moreLabel", { count: more, day: longDay(day, actions.language) })}
          onClick={() => actions.showDay(day)}
        >
          {t("calendar.grid.more", { count: more })}
        </button>
      )}
    </>
  );
}
