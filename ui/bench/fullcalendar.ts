// FullCalendar's month view, vanilla: the same items as Regia, at most three
// a day plus a "+N" link (Regia's CELL_CHIPS), Monday first, in Italian, no
// header toolbar (Regia's grid is measured without its toolbar too).
import { Calendar, type EventInput } from "@fullcalendar/core";
import itLocale from "@fullcalendar/core/locales/it";
import dayGridPlugin from "@fullcalendar/daygrid";

import { CELL_CHIPS } from "../src/features/calendar/views/model";

/** Creates the calendar in `container` and renders it (FullCalendar renders synchronously). */
export function renderFullCalendar(container: HTMLElement, events: EventInput[], initialDate: string, height: number): Calendar {
  const calendar = new Calendar(container, {
    plugins: [dayGridPlugin],
    locale: itLocale,
    initialView: "dayGridMonth",
    initialDate,
    firstDay: 1,
    fixedWeekCount: true,
    dayMaxEvents: CELL_CHIPS,
    headerToolbar: false,
    height,
    events,
  });
  calendar.render();
  return calendar;
}
