// Moving an item to another day (a drop, or Alt + arrow) and taking it back:
// the toast says where it went and offers "Annulla", which sends the item back
// to its old day and time. A refusal (a published item) shows as an alert.
import { useCallback, useState } from "react";
import { useTranslation } from "react-i18next";

import type { CalendarEntry, ItemId, Language } from "../../../bindings";
import { formatDate } from "../../../lib/format";
import { useErrorText } from "../../../lib/i18n";
import { toAppError } from "../../../lib/ipc";
import { useRescheduleItem } from "../queries";
import { dayOf, fullTimeOf } from "./dates";

type Notice =
  | { kind: "moved"; id: ItemId; to: string; back: { day: string; time: string } }
  | { kind: "undone"; day: string }
  | { kind: "error"; message: string };

export interface Mover {
  notice: Notice | null;
  /** Moves `entry` to `day` keeping its time; `done` says whether it moved. */
  move: (entry: CalendarEntry, day: string, done?: (moved: boolean) => void) => void;
  undo: () => void;
  dismiss: () => void;
}

export function useMover(): Mover {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const { mutate } = useRescheduleItem();
  const [notice, setNotice] = useState<Notice | null>(null);
  const fail = useCallback((error: unknown) => setNotice({ kind: "error", message: errorText(toAppError(error)) }), [errorText]);

  const move = useCallback(
    (entry: CalendarEntry, day: string, done?: (moved: boolean) => void) => {
      if (day === dayOf(entry.plannedLocal)) return done?.(false);
      if (entry.status === "published") {
        setNotice({ kind: "error", message: t("calendar.move.published") });
        return done?.(false);
      }
      const back = { day: dayOf(entry.plannedLocal), time: fullTimeOf(entry.plannedLocal) };
      mutate(
        { id: entry.id, day, time: null },
        {
          onSuccess: () => {
            setNotice({ kind: "moved", id: entry.id, to: day, back });
            done?.(true);
          },
          onError: (error) => {
            fail(error);
            done?.(false);
          },
        },
      );
    },
    [mutate, fail, t],
  );

  const undo = useCallback(() => {
    if (notice?.kind !== "moved") return;
    const { id, back } = notice;
    mutate({ id, day: back.day, time: back.time }, { onSuccess: () => setNotice({ kind: "undone", day: back.day }), onError: fail });
  }, [notice, mutate, fail]);

  const dismiss = useCallback(() => setNotice(null), []);
  return { notice, move, undo, dismiss };
}

export function MoveToast({ mover, language }: { mover: Mover; language: Language }) {
  const { t } = useTranslation();
  const { notice } = mover;
  const close = (
    <button type="button" className="subtle" aria-label={t("calendar.move.dismiss")} title={t("calendar.move.dismiss")} onClick={mover.dismiss}>
      <span aria-hidden="true">×</span>
    </button>
  );
  return (
    <div className="calendar-toasts">
      {/* Always in the page, so screen readers announce what appears in it. */}
      <div role="status" className={notice && notice.kind !== "error" ? "calendar-toast" : undefined}>
        {notice?.kind === "moved" && (
          <>
            <span>{t("calendar.move.moved", { date: formatDate(notice.to, language) })}</span>
            <button type="button" onClick={mover.undo}>
              {t("calendar.move.undo")}
            </button>
            {close}
          </>
        )}
        {notice?.kind === "undone" && (
          <>
            <span>{t("calendar.move.undone", { date: formatDate(notice.day, language) })}</span>
            {close}
          </>
        )}
      </div>
      {notice?.kind === "error" && (
        <div role="alert" className="calendar-toast error">
          <span>{notice.message}</span>
          {close}
        </div>
      )}
    </div>
  );
}
