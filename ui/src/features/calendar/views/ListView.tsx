// The items of the month (or of one day, from a cell's "+N") as a table,
// drawn a page at a time so a crowded month stays light. The title opens the
// item; a click anywhere on the row does too.
import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";

import type { CalendarEntry } from "../../../bindings";
import { formatDate } from "../../../lib/format";
import { useCalendarActions } from "./context";
import { dayOf, longDay, monthTitle, timeOf } from "./dates";
import { waitsFor } from "./model";

const PAGE = 200;

export function ListView({ entries, month, day, onWholeMonth }: { entries: readonly CalendarEntry[]; month: string; day: string | null; onWholeMonth: () => void }) {
  const { t } = useTranslation();
  const actions = useCalendarActions();
  const [shown, setShown] = useState(PAGE);
  const language = actions.language;
  const caption = day ? t("calendar.list.day", { day: longDay(day, language) }) : t("calendar.list.label", { period: monthTitle(month, language) });
  const sorted = useMemo(() => [...entries].sort((a, b) => (a.plannedLocal < b.plannedLocal ? -1 : a.plannedLocal > b.plannedLocal ? 1 : 0)), [entries]);
  const rest = sorted.length - shown;

  return (
    <div className="calendar-list">
      {day && (
        <button type="button" className="link" onClick={onWholeMonth}>
          {t("calendar.list.wholePeriod")}
        </button>
      )}
      <table>
        <caption>{caption}</caption>
        <thead>
          <tr>
            {actions.clientMark && <th scope="col">{t("calendar.list.client")}</th>}
            <th scope="col">{t("calendar.list.date")}</th>
            <th scope="col">{t("calendar.list.time")}</th>
            <th scope="col">{t("calendar.list.channel")}</th>
            <th scope="col">{t("calendar.list.title")}</th>
            <th scope="col">{t("calendar.list.status")}</th>
          </tr>
        </thead>
        <tbody>
          {sorted.slice(0, shown).map((entry) => {
            const mark = actions.clientMark?.(entry.clientId);
            const waits = waitsFor(entry.status);
            return (
              <tr key={entry.id} className="list-row" onClick={() => actions.openItem(entry)}>
                {actions.clientMark && (
                  <td>
                    <span className="swatch" style={mark ? { background: mark.color } : undefined} aria-hidden="true" /> {mark?.name}
                  </td>
                )}
                <td>{formatDate(dayOf(entry.plannedLocal), language)}</td>
                <td>{timeOf(entry.plannedLocal)}</td>
                <td>{actions.channelName(entry.channel)}</td>
                <td>
                  <button
                    type="button"
                    className="link"
                    data-item={entry.id}
                    onClick={(event) => {
                      event.stopPropagation();
                      actions.openItem(entry);
                    }}
                  >
                    {entry.title || t("calendar.untitled")}
                  </button>
                </td>
                <td>
                  <span className={`status-dot chip-${entry.status}`} aria-hidden="true" /> {t(`calendar.statuses.${entry.status}`)}
                  {waits && <span className="list-waits"> · {t(`calendar.waits.${waits}`)}</span>}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {sorted.length === 0 && <p className="hint">{t("calendar.list.empty")}</p>}
      {rest > 0 && (
        <button type="button" onClick={() => setShown((n) => n + PAGE)}>
          {t("calendar.list.showMore", { count: Math.min(rest, PAGE) })}
        </button>
      )}
    </div>
  );
}
