// How the work moves from the agency to the business across start-up, growth
// and autonomy: hours per side in each phase, each row's side phase by phase,
// and a way to start a phase from the one before it.
import { useTranslation } from "react-i18next";

import type { Client, Phase, Split, SplitSide } from "../../../bindings";
import { Bars } from "../../../components/charts";
import { useLanguage } from "../../../lib/i18n";
import { activityLabel, channelName, sideLabel } from "../matrix/labels";
import { formatHours } from "./numbers";
import { PhaseCopy } from "./PhaseCopy";
import "./capacity.css";

const PHASE_ORDER: readonly Phase[] = ["startup", "growth", "autonomy"];

const SIDE_COLOURS = { business: "#2f7d4f", agency: "#1f3a57" } as const;
/** How far towards the business a side is: a row moving up this scale moves in-house. */
const IN_HOUSE: Record<SplitSide, number> = { agency: 0, shared: 1, business: 2 };

interface Move {
  key: string;
  activity: string;
  channel: string;
  sides: (SplitSide | null)[];
}

/** One row per activity × channel that has a cell in some phase, in the matrix's order. */
function moves(split: Split, name: (activityId: string) => string | null, channel: (channelId: string) => string | null): Move[] {
  const out: Move[] = [];
  for (const activity of split.activities) {
    for (const ch of split.channels) {
      const cells = split.cells.filter((c) => c.activityId === activity.id && c.channelId === ch.id);
      if (cells.length === 0) continue;
      const activityLabel = name(activity.id);
      const channelLabel = channel(ch.id);
      if (activityLabel === null || channelLabel === null) continue;
      out.push({
        key: `${activity.id}|${ch.id}`,
        activity: activityLabel,
        channel: channelLabel,
        sides: PHASE_ORDER.map((p) => cells.find((c) => c.phase === p)?.side ?? null),
      });
    }
  }
  return out;
}

/** Whether the side of phase `index` is more in-house than the last earlier phase with a side. */
function movedIn(sides: (SplitSide | null)[], index: number): boolean {
  const side = sides[index];
  if (!side) return false;
  const before = sides.slice(0, index).filter((s): s is SplitSide => s !== null).at(-1);
  return before !== undefined && IN_HOUSE[side] > IN_HOUSE[before];
}

export function PhasesView({ client, split }: { client: Client; split: Split }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const rows = moves(
    split,
    (id) => {
      const activity = split.activities.find((a) => a.id === id);
      return activity ? activityLabel(t, activity) : null;
    },
    (id) => {
      const channel = split.channels.find((c) => c.id === id);
      return channel ? channelName(channel, language) : null;
    },
  );
  const hours = PHASE_ORDER.map((phase) => {
    const capacity = split.capacity.find((c) => c.phase === phase);
    return { phase, name: t(`phases.${phase}`), business: capacity?.businessHours ?? 0, agency: capacity?.agencyHours ?? 0 };
  });
  const h = (value: number) => t("splitCapacity.people.hours", { hours: formatHours(value, language) });

  return (
    <div className="capacity phases">
      <section aria-labelledby="phases-title">
        <h2 id="phases-title">{t("splitCapacity.phases.title")}</h2>
        <p className="hint">{t("splitCapacity.phases.intro")}</p>
        <div className="capacity-cost-body">
          <figure className="capacity-chart">
            <Bars
              label={t("splitCapacity.phases.chart")}
              categories={hours.map((row) => row.name)}
              series={[
                { label: sideLabel(t, "business"), values: hours.map((row) => row.business), colour: SIDE_COLOURS.business },
                { label: sideLabel(t, "agency"), values: hours.map((row) => row.agency), colour: SIDE_COLOURS.agency },
              ]}
              stacked
              legend
              width={520}
              height={300}
              formatValue={(value) => `${formatHours(value, language)} h`}
            />
            <figcaption className="hint">{t("splitCapacity.phases.caption")}</figcaption>
          </figure>
          <table className="table capacity-table" aria-label={t("splitCapacity.phases.hoursTable")}>
            <thead>
              <tr>
                <th scope="col">{t("splitCapacity.phases.phase")}</th>
                <th scope="col">{sideLabel(t, "business")}</th>
                <th scope="col">{sideLabel(t, "agency")}</th>
                <th scope="col">{t("splitCapacity.phases.total")}</th>
              </tr>
            </thead>
            <tbody>
              {hours.map((row) => (
                <tr key={row.phase}>
                  <th scope="row">{row.name}</th>
                  <td className="number">{h(row.business)}</td>
                  <td className="number">{h(row.agency)}</td>
                  <td className="number">{h(row.business + row.agency)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>

      <section aria-labelledby="phases-moves-title">
        <h2 id="phases-moves-title">{t("splitCapacity.phases.table")}</h2>
        {rows.length === 0 ? (
          <p className="empty">{t("splitCapacity.phases.empty")}</p>
        ) : (
          <table className="table capacity-table phase-moves" aria-label={t("splitCapacity.phases.table")}>
            <thead>
              <tr>
                <th scope="col">{t("splitCapacity.phases.activity")}</th>
                <th scope="col">{t("splitCapacity.phases.channel")}</th>
                {PHASE_ORDER.map((phase) => (
                  <th key={phase} scope="col">
                    {t(`phases.${phase}`)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.key}>
                  <th scope="row">{row.activity}</th>
                  <td>{row.channel}</td>
                  {row.sides.map((side, index) => (
                    <td key={PHASE_ORDER[index]} className={side ? `side side-${side}` : "side"}>
                      {side ? (
                        <>
                          {movedIn(row.sides, index) && (
                            <span className="phase-move" title={t("splitCapacity.phases.moved")}>
                              <span aria-hidden="true">↗ </span>
                              <span className="visually-hidden">{t("splitCapacity.phases.moved")}: </span>
                            </span>
                          )}
                          {sideLabel(t, side)}
                        </>
                      ) : (
                        <span title={t("splitCapacity.phases.noneLabel")}>{t("splitCapacity.phases.none")}</span>
                      )}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>

      <PhaseCopy client={client} split={split} />
    </div>
  );
}
