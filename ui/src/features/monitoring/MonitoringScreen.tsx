// Monitoring of a client: each objective's KPI against its target, the
// values measured per channel and period, the effort spent against the
// results it brought, and the metrics measured. One `Monitoring` from the
// core feeds every view.
import { useState } from "react";
import { useTranslation } from "react-i18next";

import type { Client } from "../../bindings";
import { Tabs } from "../../components/Tabs";
import { useErrorText } from "../../lib/i18n";
import { toAppError } from "../../lib/ipc";
import { useNavigation } from "../app/navigation";
import { EffortView } from "./kpi/EffortView";
import { KpiView } from "./kpi/KpiView";
import { MetricsView } from "./kpi/MetricsView";
import { ImportAction } from "./values/ImportAction";
import { ValuesView } from "./values/ValuesView";
import { useMonitoring } from "./queries";
import "./monitoring.css";

const VIEWS = ["kpis", "values", "effort", "metrics"] as const;
type View = (typeof VIEWS)[number];

export function MonitoringScreen({ client }: { client: Client }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const { navigate } = useNavigation();
  const monitoring = useMonitoring(client.id);
  const [view, setView] = useState<View>("kpis");

  if (monitoring.isError) return <p role="alert">{errorText(toAppError(monitoring.error))}</p>;
  if (!monitoring.data) return <div className="splash" aria-busy="true" />;
  const data = monitoring.data;
  // The report covers the last complete month.
  const [year, month] = data.today.split("-").map(Number) as [number, number];
  const reportMonth = month === 1 ? `${year - 1}-12-01` : `${year}-${String(month - 1).padStart(2, "0")}-01`;


  return (
    <div className="screen monitoring-screen">
      <header className="screen-header">
        <h1>{t("monitoring.title", { name: client.name })}</h1>
        <div className="screen-actions">
          <ImportAction client={client} monitoring={data} />
          <button type="button" onClick={() => navigate({ screen: "print-report", clientId: client.id, month: reportMonth })}>
            {t("monitoring.report")}
          </button>
        </div>
      </header>
      <p className="hint">{t("monitoring.intro")}</p>
      <Tabs id="monitoring" label={t("monitoring.views.label")} views={VIEWS} current={view} onChange={setView} name={(v) => t(`monitoring.views.${v}`)} />
      <div id={`monitoring-panel-${view}`} role="tabpanel" aria-labelledby={`monitoring-tab-${view}`}>
        {view === "kpis" && <KpiView client={client} monitoring={data} />}
        {view === "values" && <ValuesView client={client} monitoring={data} />}
        {view === "effort" && <EffortView client={client} monitoring={data} />}
        {view === "metrics" && <MetricsView client={client} monitoring={data} />}
      </div>
    </div>
  );
}
