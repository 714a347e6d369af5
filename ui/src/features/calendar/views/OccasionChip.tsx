// An occasion on a day, with the button that plans content for it (a new
// idea linked to the occasion's reference).
import type { TFunction } from "i18next";
import { useTranslation } from "react-i18next";

import type { CalendarOccasion } from "../../../bindings";
import { calendarStrings } from "../strings";
import { useCalendarActions } from "./context";

type OccasionKey = keyof typeof calendarStrings.it.occasions;

function isOccasionKey(key: string): key is OccasionKey {
  return Object.hasOwn(calendarStrings.it.occasions, key);
}

export function occasionName(occasion: CalendarOccasion, t: TFunction): string {
  const source = occasion.source;
  if (source.kind === "own") return source.name;
  return isOccasionKey(source.key) ? t(`calendar.occasions.${source.key}`) : source.key;
}

export function OccasionChip({ occasion, day, tabbable }: { occasion: CalendarOccasion; day: string; tabbable: boolean }) {
  const { t } = useTranslation();
  const { newItem } = useCalendarActions();
  const name = occasionName(occasion, t);
  const kind = occasion.source.kind === "own" ? "own" : occasion.source.fixed;
  return (
    <div className={`occasion-chip occasion-${kind}`}>
      <span className="occasion-name" title={name}>
        {name}
      </span>
      {newItem && (
        <button
          type="button"
          className="occasion-plan"
          tabIndex={tabbable ? 0 : -1}
          aria-label={t("calendar.grid.planOccasion", { name })}
          title={t("calendar.grid.planOccasion", { name })}
          onClick={() => newItem({ date: day, title: name, occasion: occasion.reference })}
        >
          +
        </button>
      )}
    </div>
  );
}
