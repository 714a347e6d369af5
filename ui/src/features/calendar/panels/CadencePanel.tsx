// The cadence check for four weeks from `weekStart`: per week and channel the
// items planned against the channel plan's posts per week, each off-pace row
// said in words (not only colour); then the pillar mix planned against the
// target mix, one bar per pillar with both numbers.
import { useId } from "react";
import { useTranslation } from "react-i18next";

import type { Cadence, Client, Pace, Week } from "../../../bindings";
import { FormError } from "../../../components/fields";
import { formatDate, formatNumber } from "../../../lib/format";
import { useLanguage } from "../../../lib/i18n";
import { formError } from "../../../lib/ipc";
import { useCadence } from "../queries";
import { useChannelOptions } from "../editor/channels";
import "../editor/editor.css";

const WEEKS = 4;
const MARKS: Record<Pace, string> = { gap: "▼", on_track: "✓", over: "▲", unplanned: "!" };

export function CadencePanel({ client, weekStart }: { client: Client; weekStart: string }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const cadence = useCadence(client.id, weekStart, WEEKS);
  const headingId = useId();
  return (
    <section className="panel cadence" aria-labelledby={headingId}>
      <h3 id={headingId}>{t("editor.cadence.heading")}</h3>
      <p className="hint">{t("editor.cadence.intro", { date: formatDate(weekStart, language) })}</p>
      {cadence.error ? (
        <FormError error={formError(cadence.error, [])} />
      ) : !cadence.data ? (
        <p className="muted">{t("editor.cadence.loading")}</p>
      ) : (
        <>
          <div className="cadence-weeks">
            {cadence.data.weeks.map((week) => (
              <WeekTable key={week.startsOn} client={client} week={week} />
            ))}
          </div>
          <PillarMix cadence={cadence.data} />
        </>
      )}
    </section>
  );
}

function WeekTable({ client, week }: { client: Client; week: Week }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { label } = useChannelOptions(client.id);
  const caption = t("editor.cadence.week", { date: formatDate(week.startsOn, language) });
  if (week.channels.length === 0) {
    return (
      <div>
        <p className="week-empty">
          <strong>{caption}</strong>: {t("editor.cadence.empty")}
        </p>
      </div>
    );
  }
  return (
    <table className="table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t("editor.cadence.channel")}</th>
          <th scope="col">{t("editor.cadence.planned")}</th>
          <th scope="col">{t("editor.cadence.target")}</th>
          <th scope="col">{t("editor.cadence.pace")}</th>
        </tr>
      </thead>
      <tbody>
        {week.channels.map((row) => (
          <tr key={row.channel}>
            <th scope="row">{label(row.channel)}</th>
            <td className="num">{formatNumber(row.planned, language)}</td>
            <td className="num">{row.target === null || row.pace === "unplanned" ? t("editor.cadence.noTarget") : formatNumber(row.target, language)}</td>
            <td>
              <span className={`pace pace-${row.pace}`}>
                <span aria-hidden="true">{MARKS[row.pace]} </span>
                {t(`editor.cadence.paces.${row.pace}`)}
              </span>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function PillarMix({ cadence }: { cadence: Cadence }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const percent = (n: number | null) => formatNumber(Math.round(n ?? 0), language);
  return (
    <div className="pillar-mix">
      <h4>{t("editor.cadence.mix")}</h4>
      {cadence.pillars.length === 0 ? (
        <p className="muted">{t("editor.cadence.noPillars")}</p>
      ) : (
        <ul className="mix-list">
          {cadence.pillars.map((p) => {
            const actual = Math.min(100, Math.max(0, p.actual ?? 0));
            const target = Math.min(100, Math.max(0, p.target));
            return (
              <li key={p.pillarId}>
                <strong>{p.name}</strong>{" "}
                <span>{t("editor.cadence.mixLine", { planned: formatNumber(p.planned, language), actual: percent(p.actual), target: percent(p.target) })}</span>
                <div className="mix-bar" role="img" aria-label={t("editor.cadence.mixBar", { name: p.name, actual: percent(p.actual), target: percent(p.target) })}>
                  <div className="mix-actual" style={{ width: `${actual}%` }} />
                  <div className="mix-target" style={{ left: `calc(${target}% - 1px)` }} />
                </div>
              </li>
            );
          })}
        </ul>
      )}
      <p className="hint">{t("editor.cadence.withoutPillar", { n: formatNumber(cadence.withoutPillar, language) })}</p>
    </div>
  );
}
