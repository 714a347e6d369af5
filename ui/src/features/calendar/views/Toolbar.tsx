// The calendar's toolbar: the view switch, previous / today / next, the
// period's title and "new content".
import { useTranslation } from "react-i18next";

import type { Language } from "../../../bindings";
import { longDay, monthTitle, weekTitle } from "./dates";
import type { View } from "./model";
import type { Period } from "./usePeriod";

const VIEWS: View[] = ["month", "week", "list"];

export const panelId = "calendar-view-panel";
export const tabId = (view: View) => `calendar-tab-${view}`;

export function periodTitle(period: Period, language: Language): string {
  if (period.view === "week") return weekTitle(period.focusDay, language);
  if (period.view === "list" && period.listDay) return longDay(period.listDay, language);
  return monthTitle(period.month, language);
}

export function Toolbar({ period, language, onNew }: { period: Period; language: Language; onNew: (() => void) | null }) {
  const { t } = useTranslation();
  const week = period.view === "week";
  const previous = t(week ? "calendar.nav.previousWeek" : "calendar.nav.previousMonth");
  const next = t(week ? "calendar.nav.nextWeek" : "calendar.nav.nextMonth");

  const onTabKey = (event: React.KeyboardEvent, index: number) => {
    const step = event.key === "ArrowRight" ? 1 : event.key === "ArrowLeft" ? -1 : 0;
    if (!step) return;
    event.preventDefault();
    const next = VIEWS[(index + step + VIEWS.length) % VIEWS.length]!;
    period.setView(next);
    document.getElementById(tabId(next))?.focus();
  };

  return (
    <div className="calendar-toolbar">
      <div className="tabs calendar-views" role="tablist" aria-label={t("calendar.views.label")}>
        {VIEWS.map((view, index) => (
          <button
            key={view}
            id={tabId(view)}
            type="button"
            role="tab"
            aria-selected={period.view === view}
            aria-controls={panelId}
            tabIndex={period.view === view ? 0 : -1}
            onClick={() => period.setView(view)}
            onKeyDown={(event) => onTabKey(event, index)}
          >
            {t(`calendar.views.${view}`)}
          </button>
        ))}
      </div>
      <div className="calendar-nav" role="group" aria-label={t("calendar.nav.label")}>
        <button type="button" className="subtle" aria-label={previous} title={previous} onClick={() => period.step(-1)}>
          <span aria-hidden="true">‹</span>
        </button>
        <button type="button" onClick={period.goToday}>
          {t("calendar.nav.today")}
        </button>
        <button type="button" className="subtle" aria-label={next} title={next} onClick={() => period.step(1)}>
          <span aria-hidden="true">›</span>
        </button>
      </div>
      <h2 className="calendar-period" aria-live="polite">
        {periodTitle(period, language)}
      </h2>
      {onNew && (
        <button type="button" className="primary calendar-new" onClick={onNew}>
          {t("calendar.newItem")}
        </button>
      )}
    </div>
  );
}
