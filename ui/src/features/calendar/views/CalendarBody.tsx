// The calendar under its heading, shared by a client's calendar and the
// agency's overview: toolbar, filters, the chosen view and the move toast.
// It derives the day map and the id map once per range read: the grids read
// per day the chips they draw and the day's count, the list every item.
import { useEffect, useMemo, useRef } from "react";
import { useTranslation } from "react-i18next";

import type { CalendarEntry, CalendarOccasion, ClientId, ItemId } from "../../../bindings";
import { useErrorText, useLanguage } from "../../../lib/i18n";
import { toAppError } from "../../../lib/ipc";
import type { NewItemDraft } from "../editor/ItemEditor";
import type { CalendarRead } from "../queries";
import { CalendarContext, type CalendarActions, type ClientMark } from "./context";
import { dayOf } from "./dates";
import { FilterBar, type FilterOptions } from "./FilterBar";
import { ListView } from "./ListView";
import { occasionsByDay, type Filters, type GridDay } from "./model";
import { MonthGrid } from "./MonthGrid";
import { MoveToast, useMover } from "./MoveToast";
import { panelId, tabId, Toolbar } from "./Toolbar";
import type { Period } from "./usePeriod";
import { WeekView } from "./WeekView";

const NO_ENTRIES: CalendarEntry[] = [];
const NO_DAYS: GridDay[] = [];
const NO_OCCASIONS: CalendarOccasion[] = [];

export interface CalendarBodyProps {
  period: Period;
  read: CalendarRead;
  occasions?: CalendarOccasion[] | undefined;
  filters: Filters;
  onFilters: (next: Filters) => void;
  options: FilterOptions;
  openItem: (entry: CalendarEntry) => void;
  newItem: ((draft: NewItemDraft) => void) | null;
  clientMark: ((clientId: ClientId) => ClientMark | undefined) | null;
  channelName: (channel: string) => string;
}

export function CalendarBody(props: CalendarBodyProps) {
  const { period, openItem, newItem, clientMark, channelName } = props;
  const { t } = useTranslation();
  const language = useLanguage();
  const errorText = useErrorText();
  const mover = useMover();
  const { read } = props;
  const entries = read.entries ?? NO_ENTRIES;
  const days = read.days ?? NO_DAYS;
  const byDay = useMemo(() => new Map(days.map((d) => [d.day, d])), [days]);
  const byId = useMemo(() => new Map([...days.flatMap((d) => d.entries), ...entries].map((e) => [e.id, e])), [days, entries]);
  const occasions = useMemo(() => occasionsByDay(props.occasions ?? NO_OCCASIONS, period.days), [props.occasions, period.days]);

  // After Alt + arrow, the focus follows the item to its new day once the
  // refreshed read has it there: the chip, or the day when the item is in
  // its "+N" (the read then no longer carries it at all).
  const body = useRef<HTMLDivElement>(null);
  const follow = useRef<{ id: ItemId; day: string } | null>(null);
  const { isFetching } = read;
  useEffect(() => {
    const target = follow.current;
    if (!target) return;
    const entry = byId.get(target.id);
    const arrived = entry ? dayOf(entry.plannedLocal) === target.day : !isFetching;
    if (!arrived) return;
    follow.current = null;
    const root = body.current;
    const element = root?.querySelector<HTMLElement>(`[data-item="${target.id}"]`) ?? root?.querySelector<HTMLElement>(`[data-day="${target.day}"]`);
    element?.focus();
  });

  const { move } = mover;
  const { focus, showDay } = period;
  const actions = useMemo<CalendarActions>(
    () => ({
      language,
      channelName,
      openItem,
      newItem,
      clientMark,
      showDay,
      entryById: (id) => byId.get(id),
      moveItem: (entry, day, byKeyboard) => {
        if (byKeyboard) {
          move(entry, day, (moved) => {
            if (!moved) return;
            follow.current = { id: entry.id, day };
            focus(day, true);
          });
        } else move(entry, day);
      },
    }),
    [language, channelName, openItem, newItem, clientMark, showDay, byId, move, focus],
  );

  return (
    <CalendarContext.Provider value={actions}>
      <div className="calendar-body" ref={body}>
        <Toolbar period={period} language={language} onNew={newItem && (() => newItem({ date: period.listDay ?? period.focusDay }))} />
        <FilterBar filters={props.filters} options={props.options} onChange={props.onFilters} />
        {read.error ? <p role="alert">{errorText(toAppError(read.error))}</p> : null}
        <div id={panelId} role="tabpanel" aria-labelledby={tabId(period.view)} aria-busy={isFetching} className="calendar-panel">
          {period.view === "month" && <MonthGrid period={period} byDay={byDay} occasions={occasions} />}
          {period.view === "week" && <WeekView period={period} byDay={byDay} occasions={occasions} />}
          {period.view === "list" && (
            <ListView key={`${period.month}-${period.listDay}`} entries={entries} month={period.month} day={period.listDay} onWholeMonth={period.showWholeMonth} />
          )}
        </div>
        <p className="hint calendar-hint">{t("calendar.move.hint")}</p>
        <MoveToast mover={mover} language={language} />
      </div>
    </CalendarContext.Provider>
  );
}
