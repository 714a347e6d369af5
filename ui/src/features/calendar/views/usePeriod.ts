// Which days the calendar shows and which day has the keyboard focus. The
// month follows the focused day only when the keyboard or the toolbar moves
// it; a click on a greyed day of the next month does not turn the page.
import { useCallback, useMemo, useState } from "react";

import { addDays, addMonths, monthEnd, monthGrid, monthStart, sameMonth, today, weekStart } from "./dates";
import type { View } from "./model";

interface State {
  view: View;
  /** The first day of the month shown (month and list views). */
  month: string;
  focusDay: string;
  /** The list of a single day, opened from a cell's "+N". */
  listDay: string | null;
}

export interface Period extends State {
  /** First and last day read, inclusive. */
  from: string;
  to: string;
  /** The days drawn by the month grid or the week. */
  days: string[];
  setView: (view: View) => void;
  /** Previous (-1) or next (1) month, or week in the week view. */
  step: (delta: number) => void;
  goToday: () => void;
  /** Moves the focus; `turn` also turns the page to the day's month. */
  focus: (day: string, turn: boolean) => void;
  showDay: (day: string) => void;
  showWholeMonth: () => void;
}

export function usePeriod(initialDay: string = today()): Period {
  const [state, setState] = useState<State>(() => ({ view: "month", month: monthStart(initialDay), focusDay: initialDay, listDay: null }));

  const setView = useCallback((view: View) => setState((s) => ({ ...s, view, listDay: null })), []);
  const step = useCallback(
    (delta: number) =>
      setState((s) => {
        if (s.view === "week") {
          const focusDay = addDays(s.focusDay, 7 * delta);
          return { ...s, focusDay, month: monthStart(focusDay) };
        }
        const month = addMonths(s.month, delta);
        return { ...s, month, focusDay: sameMonth(s.focusDay, s.month) ? addMonths(s.focusDay, delta) : month, listDay: null };
      }),
    [],
  );
  const goToday = useCallback(() => {
    const day = today();
    setState((s) => ({ ...s, month: monthStart(day), focusDay: day, listDay: null }));
  }, []);
  const focus = useCallback(
    (day: string, turn: boolean) => setState((s) => (s.focusDay === day && (!turn || sameMonth(day, s.month)) ? s : { ...s, focusDay: day, month: turn ? monthStart(day) : s.month })),
    [],
  );
  const showDay = useCallback((day: string) => setState((s) => ({ ...s, view: "list", focusDay: day, listDay: day })), []);
  const showWholeMonth = useCallback(() => setState((s) => ({ ...s, listDay: null })), []);

  const { view, month, focusDay, listDay } = state;
  const range = useMemo(() => {
    if (view === "week") {
      const from = weekStart(focusDay);
      const days = Array.from({ length: 7 }, (_, i) => addDays(from, i));
      return { from, to: addDays(from, 6), days };
    }
    if (view === "list") return listDay ? { from: listDay, to: listDay, days: [] } : { from: month, to: monthEnd(month), days: [] };
    const days = monthGrid(month);
    return { from: days[0]!, to: days[days.length - 1]!, days };
  }, [view, month, focusDay, listDay]);

  return { ...state, ...range, setView, step, goToday, focus, showDay, showWholeMonth };
}
