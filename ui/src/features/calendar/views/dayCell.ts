// What a day does in the month grid and in the week: the roving focus of the
// grid pattern (one tabbable day; arrows, Home/End, PageUp/PageDown move it,
// turning the page at the month's edge), Enter for new content, and the drop
// of a dragged chip.
import { useCallback, useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";

import type { CalendarOccasion, Language } from "../../../bindings";
import type { CalendarActions } from "./context";
import { dayForKey, longDay } from "./dates";
import { occasionName } from "./OccasionChip";
import type { Period } from "./usePeriod";

/** Keyboard moves between days; the moved-to day takes the focus once it is drawn. */
export function useDayKeys(period: Period, actions: CalendarActions) {
  const grid = useRef<HTMLDivElement>(null);
  const pending = useRef(false);
  const { focus, focusDay } = period;
  const { newItem } = actions;

  useEffect(() => {
    if (!pending.current) return;
    const cell = grid.current?.querySelector<HTMLElement>(`[data-day="${focusDay}"]`);
    if (cell) {
      pending.current = false;
      cell.focus();
    }
  });

  const onKeyDown = useCallback(
    (event: React.KeyboardEvent, day: string) => {
      // Keys on a chip inside the day belong to the chip.
      if (event.target !== event.currentTarget) return;
      if (event.key === "Enter" || event.key === " ") {
        event.preventDefault();
        newItem?.({ date: day });
        return;
      }
      const next = dayForKey(event.key, day);
      if (!next) return;
      event.preventDefault();
      pending.current = true;
      focus(next, true);
    },
    [focus, newItem],
  );

  return { grid, onKeyDown };
}

/** "martedì 15 dicembre 2026, 3 contenuti, Natale, oggi". */
export function useDayLabel() {
  const { t } = useTranslation();
  return useCallback(
    (day: string, count: number, occasions: readonly CalendarOccasion[], isToday: boolean, language: Language) =>
      [
        longDay(day, language),
        count ? t("calendar.grid.items", { count }) : t("calendar.grid.noItems"),
        ...occasions.map((o) => occasionName(o, t)),
        isToday ? t("calendar.grid.today") : null,
      ]
        .filter(Boolean)
        .join(", "),
    [t],
  );
}
