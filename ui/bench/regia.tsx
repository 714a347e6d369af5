// Regia's month view as the calendar screen draws it, from a range read to
// the DOM: the period (usePeriod), the read per day and indexed by id, the
// occasions placed on the days, the actions context and the MonthGrid, as
// CalendarBody derives them. No react-query and no IPC: the items of each
// month are given, and the per-day read the app gets from the core
// (calendar_days: each day's count and first three chips) is made here
// from them, inside the timed render, so Regia's figure includes it.
import { createRef, useImperativeHandle, useMemo, type Ref } from "react";
import { flushSync } from "react-dom";
import { createRoot } from "react-dom/client";
import { I18nextProvider } from "react-i18next";

import type { CalendarEntry, CalendarOccasion } from "../src/bindings";
import type { CalendarActions } from "../src/features/calendar/views/context";
import { CalendarContext } from "../src/features/calendar/views/context";
import { CELL_CHIPS, gridDaysOf, occasionsByDay } from "../src/features/calendar/views/model";
import { MonthGrid } from "../src/features/calendar/views/MonthGrid";
import { gridDays } from "../src/features/calendar/views/testing";
import { usePeriod } from "../src/features/calendar/views/usePeriod";
import { i18n, useLanguage } from "../src/lib/i18n";
import { channelLabel } from "../src/lib/i18n/channels";
import { CLIENT_ID } from "./data";

/** The range read of each month, by the first day its grid shows. */
export type Reads = ReadonlyMap<string, CalendarEntry[]>;

interface Handle {
  step: (delta: number) => void;
}

const NO_ENTRIES: CalendarEntry[] = [];
const NO_OCCASIONS: CalendarOccasion[] = [];
const nothing = () => {};

function MonthBench({ reads, initialDay, handle }: { reads: Reads; initialDay: string; handle: Ref<Handle> }) {
  const period = usePeriod(initialDay);
  const language = useLanguage();
  // What calendar_days answers for the month, made whole as useCalendarRead does.
  const entries = reads.get(period.from) ?? NO_ENTRIES;
  const days = useMemo(() => gridDaysOf(gridDays(entries, CELL_CHIPS, CLIENT_ID), CLIENT_ID), [entries]);
  // As CalendarBody: the day map, the id map and the occasions, once per read.
  const byDay = useMemo(() => new Map(days.map((d) => [d.day, d])), [days]);
  const byId = useMemo(() => new Map(days.flatMap((d) => d.entries).map((e) => [e.id, e])), [days]);
  const occasions = useMemo(() => occasionsByDay(NO_OCCASIONS, period.days), [period.days]);

  const { step, showDay } = period;
  useImperativeHandle(handle, () => ({ step }), [step]);

  const actions = useMemo<CalendarActions>(
    () => ({
      language,
      channelName: (channel) => channelLabel(channel, language),
      openItem: nothing,
      newItem: nothing,
      clientMark: null,
      showDay,
      entryById: (id) => byId.get(id),
      moveItem: nothing,
    }),
    [language, showDay, byId],
  );

  return (
    <CalendarContext.Provider value={actions}>
      <div className="calendar-panel">
        <MonthGrid period={period} byDay={byDay} occasions={occasions} />
      </div>
    </CalendarContext.Provider>
  );
}

export interface RegiaMonth {
  /** The toolbar's next or previous month: `period.step`, rendered synchronously. */
  step: (delta: number) => void;
  unmount: () => void;
}

/** Creates a React root in `container` and renders the month of `initialDay` synchronously. */
export function renderRegia(container: HTMLElement, reads: Reads, initialDay: string): RegiaMonth {
  const root = createRoot(container);
  const handle = createRef<Handle>();
  flushSync(() =>
    root.render(
      <I18nextProvider i18n={i18n}>
        <MonthBench reads={reads} initialDay={initialDay} handle={handle} />
      </I18nextProvider>,
    ),
  );
  return {
    step: (delta) => {
      const current = handle.current;
      if (!current) throw new Error("the Regia month is not mounted");
      flushSync(() => current.step(delta));
    },
    unmount: () => root.unmount(),
  };
}
