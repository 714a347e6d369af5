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
          {waits === "business" ? <Hourglass /> : "↩"}
        </span>
      )}
    </button>
  );
}

/**
 * Waiting for the business, drawn rather than written: the hourglass
 * character is an emoji, missing from the desktop fonts of many systems.
 */
function Hourglass() {
  return (
    <svg className="chip-hourglass" viewBox="0 0 10 12" aria-hidden="true" focusable="false">
      <path d="M1.5 0.75h7M1.5 11.25h7M2.5 0.75c0 3.2 2.5 3.6 2.5 5.25S2.5 8.05 2.5 11.25M7.5 0.75c0 3.2-2.5 3.6-2.5 5.25s2.5 2.05 2.5 5.25" />
    </svg>
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
