// One item as a compact chip: time, channel, title, a status colour and, when
// it waits for someone, for whom. It opens the editor, drags to another day,
// and moves by a day with Alt + left/right arrow (the keyboard's drag).
import { useTranslation } from "react-i18next";

import type { CalendarEntry } from "../../../bindings";
import { useCalendarActions } from "./context";
import { addDays, dayOf, timeOf } from "./dates";
import { channelShort, waitsFor } from "./model";
import { usePointerDrag } from "./pointerDrag";

export function ItemChip({ entry, tabbable }: { entry: CalendarEntry; tabbable: boolean }) {
  const { t } = useTranslation();
  const actions = useCalendarActions();
  const label = useChipLabel(entry);
  const waits = waitsFor(entry.status);
  const mark = actions.clientMark?.(entry.clientId);
  const movable = entry.status !== "published";
  const drag = usePointerDrag(entry, movable, actions);

  const onKeyDown = (event: React.KeyboardEvent) => {
    if (!event.altKey || (event.key !== "ArrowLeft" && event.key !== "ArrowRight")) return;
    event.preventDefault();
    event.stopPropagation();
    actions.moveItem(entry, addDays(dayOf(entry.plannedLocal), event.key === "ArrowLeft" ? -1 : 1), true);
  };

  return (
    <button
      type="button"
      className={`item-chip chip-${entry.status}`}
      data-item={entry.id}
      tabIndex={tabbable ? 0 : -1}
      aria-label={label}
      title={label}
      onPointerDown={drag.onPointerDown}
      onClick={drag.guardClick(() => actions.openItem(entry))}
      onKeyDown={onKeyDown}
    >
      {mark && <span className="chip-client" style={{ background: mark.color }} aria-hidden="true" />}
      <span className="chip-time">{timeOf(entry.plannedLocal)}</span>
      <span className="chip-channel">{channelShort(entry.channel)}</span>
      <span className="chip-title">{entry.title || t("calendar.untitled")}</span>
      {waits && (
        <span className={`chip-waits waits-${waits}`} aria-hidden="true">
          {waits === "business" ? "⏳" : "↩"}
        </span>
      )}
    </button>
  );
}

/** "Trattoria da Mario, 10:00, Instagram, Menù di Natale, In revisione, attende l'attività". */
export function useChipLabel(entry: CalendarEntry): string {
  const { t } = useTranslation();
  const actions = useCalendarActions();
  const waits = waitsFor(entry.status);
  return [
    actions.clientMark?.(entry.clientId)?.name,
    timeOf(entry.plannedLocal),
    actions.channelName(entry.channel),
    entry.title || t("calendar.untitled"),
    t(`calendar.statuses.${entry.status}`),
    waits ? t(`calendar.waits.${waits}`) : null,
  ]
    .filter(Boolean)
    .join(", ");
}
