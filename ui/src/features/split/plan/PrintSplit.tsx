// The split as a document for the business, in the client's language: for
// each phase, who does what on which channel with the RACI names; then what
// R, A, C and I mean, and the skill-transfer plan. Printed, or saved as PDF.
import { useState } from "react";
import { useTranslation } from "react-i18next";

import type { Activity, Cell, ClientId, Language, Phase, Role, Split, SplitChannel } from "../../../bindings";
import { PrintToolbar } from "../../../components/PrintToolbar";
import { formatDateTime, formatNumber } from "../../../lib/format";
import { useNavigation } from "../../app/navigation";
import { useClient } from "../../clients/queries";
import { activityLabel, channelName } from "../matrix/labels";
import { useSplit } from "../queries";
import { TransferCells, TransferHead } from "./TransferCells";
import "./plan.css";

const PHASES: readonly Phase[] = ["startup", "growth", "autonomy"];
const ROLES: readonly Role[] = ["responsible", "accountable", "consulted", "informed"];
const LETTERS: Record<Role, string> = { responsible: "R", accountable: "A", consulted: "C", informed: "I" };

/** A phase's rows in the order of the screen (and of the CSV): activity, then channel. */
function rowsOf(split: Split, phase: Phase): { cell: Cell; activity: Activity; channel: SplitChannel }[] {
  return split.activities.flatMap((activity) =>
    split.channels.flatMap((channel) => {
      const cell = split.cells.find((c) => c.phase === phase && c.activityId === activity.id && c.channelId === channel.id);
      return cell ? [{ cell, activity, channel }] : [];
    }),
  );
}

export function PrintSplit({ clientId }: { clientId: ClientId }) {
  const { t, i18n } = useTranslation();
  const { navigate } = useNavigation();
  const client = useClient(clientId).data;
  const split = useSplit(clientId).data;
  const [language, setLanguage] = useState<Language | null>(null);
  if (!client || !split) return <div className="splash" aria-busy="true" />;
  const docLanguage = language ?? split.language;
  const d = i18n.getFixedT(docLanguage);
  const title = d("splitPlan.print.title", { client: client.name });
  const phases = PHASES.map((phase) => ({ phase, rows: rowsOf(split, phase) })).filter((p) => p.rows.length > 0);
  const names = (cell: Cell, role: Role) =>
    cell.raci
      .filter((e) => e.role === role)
      .map((e) => split.people.find((p) => p.id === e.personId)?.name)
      .filter((name): name is string => Boolean(name))
      .join(", ");
  const hours = (value: number | null) => (value == null ? "" : formatNumber(value, docLanguage));

  return (
    <div className="print-page">
      <PrintToolbar
        backLabel={t("splitPlan.print.back")}
        onBack={() => navigate({ screen: "client", clientId, tab: "split" })}
        printLabel={t("splitPlan.print.print")}
        language={docLanguage}
        onLanguage={setLanguage}
      />
      <article className="document split-document" lang={docLanguage} aria-label={title}>
        <header>
          <p className="doc-kicker">Regia</p>
          <h1>{title}</h1>
          <p className="doc-meta">
            {d("splitPlan.print.currentPhase", { phase: d(`phases.${split.phase}`) })} ·{" "}
            {d("splitPlan.print.generated", { date: formatDateTime(new Date().toISOString(), docLanguage) })}
          </p>
        </header>
        {phases.length === 0 && <p>{d("splitPlan.print.noRows")}</p>}
        {phases.map(({ phase, rows }) => (
          <table key={phase} className="split-print-table">
            <caption>{d(`phases.${phase}`)}</caption>
            <thead>
              <tr>
                <th scope="col">{d("splitPlan.print.columns.activity")}</th>
                <th scope="col">{d("splitPlan.print.columns.channel")}</th>
                <th scope="col">{d("splitPlan.print.columns.side")}</th>
                <th scope="col">{d("splitPlan.print.columns.businessHours")}</th>
                <th scope="col">{d("splitPlan.print.columns.agencyHours")}</th>
                {ROLES.map((role) => (
                  <th key={role} scope="col" className="raci">
                    <abbr title={d(`splitPlan.print.roleNames.${role}`)}>{LETTERS[role]}</abbr>
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map(({ cell, activity, channel }) => (
                <tr key={cell.id}>
                  <th scope="row">{activityLabel(d, activity)}</th>
                  <td>{channelName(channel, docLanguage)}</td>
                  <td>{d(`split.sides.${cell.side}`)}</td>
                  <td className="number">{hours(cell.businessHours)}</td>
                  <td className="number">{hours(cell.agencyHours)}</td>
                  {ROLES.map((role) => (
                    <td key={role}>{names(cell, role)}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        ))}
        <section className="split-legend" aria-labelledby="split-legend-title">
          <h2 id="split-legend-title">{d("splitPlan.print.legendTitle")}</h2>
          <dl>
            {ROLES.map((role) => (
              <div key={role}>
                <dt>{LETTERS[role]}</dt>
                <dd>{d(`splitPlan.print.roles.${role}`)}</dd>
              </div>
            ))}
          </dl>
        </section>
        <section aria-labelledby="split-transfers-print-title">
          <h2 id="split-transfers-print-title">{d("splitPlan.print.transfersTitle")}</h2>
          {split.transfers.length === 0 ? (
            <p>{d("splitPlan.transfers.empty")}</p>
          ) : (
            <table className="split-print-table" aria-labelledby="split-transfers-print-title">
              <TransferHead t={d} />
              <tbody>
                {split.transfers.map((transfer) => (
                  <tr key={transfer.id}>
                    <TransferCells t={d} language={docLanguage} transfer={transfer} people={split.people} />
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </section>
      </article>
    </div>
  );
}
