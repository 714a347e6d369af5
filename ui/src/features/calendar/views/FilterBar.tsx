// The filters of a range read: channel, status, pillar, objective and who
// owns the item. Pillars and objectives belong to one client's strategy, so
// the overview leaves them out.
import { useId } from "react";
import { useTranslation } from "react-i18next";

import type { ItemStatus, Side } from "../../../bindings";
import { NO_FILTERS, STATUSES, type Filters } from "./model";

export interface FilterOptions {
  channels: { key: string; name: string }[];
  pillars: { id: string; name: string }[] | null;
  /** Macro objectives and, indented under each, its micro objectives. */
  objectives: { id: string; title: string; micro: boolean }[] | null;
}

const SIDES: Side[] = ["agency", "business"];

export function FilterBar({ filters, options, onChange }: { filters: Filters; options: FilterOptions; onChange: (next: Filters) => void }) {
  const { t } = useTranslation();
  const id = useId();
  const set = <K extends keyof Filters>(key: K, value: Filters[K]) => onChange({ ...filters, [key]: value });
  const active = Object.values(filters).some(Boolean);

  return (
    <div className="calendar-filters" role="group" aria-label={t("calendar.filters.label")}>
      <label htmlFor={`${id}-channel`}>{t("calendar.filters.channel")}</label>
      <select id={`${id}-channel`} value={filters.channel} onChange={(e) => set("channel", e.target.value)}>
        <option value="">{t("calendar.filters.all")}</option>
        {options.channels.map((c) => (
          <option key={c.key} value={c.key}>
            {c.name}
          </option>
        ))}
      </select>
      <label htmlFor={`${id}-status`}>{t("calendar.filters.status")}</label>
      <select id={`${id}-status`} value={filters.status} onChange={(e) => set("status", e.target.value as ItemStatus | "")}>
        <option value="">{t("calendar.filters.all")}</option>
        {STATUSES.map((s) => (
          <option key={s} value={s}>
            {t(`calendar.statuses.${s}`)}
          </option>
        ))}
      </select>
      {options.pillars && (
        <>
          <label htmlFor={`${id}-pillar`}>{t("calendar.filters.pillar")}</label>
          <select id={`${id}-pillar`} value={filters.pillarId} onChange={(e) => set("pillarId", e.target.value)}>
            <option value="">{t("calendar.filters.all")}</option>
            {options.pillars.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </select>
        </>
      )}
      {options.objectives && (
        <>
          <label htmlFor={`${id}-objective`}>{t("calendar.filters.objective")}</label>
          <select id={`${id}-objective`} value={filters.objectiveId} onChange={(e) => set("objectiveId", e.target.value)}>
            <option value="">{t("calendar.filters.all")}</option>
            {options.objectives.map((o) => (
              <option key={o.id} value={o.id}>
                {o.micro ? `\u2003${o.title}` : o.title}
              </option>
            ))}
          </select>
        </>
      )}
      <label htmlFor={`${id}-side`}>{t("calendar.filters.ownerSide")}</label>
      <select id={`${id}-side`} value={filters.ownerSide} onChange={(e) => set("ownerSide", e.target.value as Side | "")}>
        <option value="">{t("calendar.filters.all")}</option>
        {SIDES.map((s) => (
          <option key={s} value={s}>
            {t(`calendar.filters.sides.${s}`)}
          </option>
        ))}
      </select>
      {active && (
        <button type="button" className="subtle" onClick={() => onChange(NO_FILTERS)}>
          {t("calendar.filters.clear")}
        </button>
      )}
    </div>
  );
}
