// One KPI over time, drawn by Chart.js (canvas; see components/charts.tsx
// for why Chart.js): the measured values as a solid line with gaps where
// nothing was measured, the planned value (baseline to target) dashed. The
// words follow `language`, so the monthly report can print it in the
// client's language; the numbers are also in a table wherever it is shown.
import { CategoryScale, Chart, Legend, LinearScale, LineElement, PointElement, Tooltip, type ChartData, type ChartOptions } from "chart.js";
import { Line } from "react-chartjs-2";
import { useTranslation } from "react-i18next";

import type { Kpi, Language } from "../../../bindings";
import { formatFigure } from "../../../lib/format";
import { periodLabel } from "./periods";

Chart.register(LineElement, PointElement, CategoryScale, LinearScale, Legend, Tooltip);

const VALUE = "#1f3a57";
const PLANNED = "#b7791f";

export function KpiChart({ kpi, language, width = 520, height = 240 }: { kpi: Kpi; language: Language; width?: number; height?: number }) {
  const { i18n } = useTranslation();
  const t = i18n.getFixedT(language);
  const number = (value: number) => formatFigure(value, language);
  const data: ChartData<"line", (number | null)[], string> = {
    labels: kpi.series.map((point) => periodLabel(t, point.startsOn, kpi.frequency, language)),
    datasets: [
      {
        label: t("monitoringKpi.chart.value"),
        data: kpi.series.map((point) => point.value),
        borderColor: VALUE,
        backgroundColor: VALUE,
        borderWidth: 2,
        pointRadius: 3,
        spanGaps: false,
      },
      {
        label: t("monitoringKpi.chart.planned"),
        data: kpi.series.map((point) => point.planned),
        borderColor: PLANNED,
        backgroundColor: PLANNED,
        borderDash: [6, 4],
        borderWidth: 2,
        pointRadius: 0,
      },
    ],
  };
  const options: ChartOptions<"line"> = {
    responsive: false,
    // Printing catches the canvas as it is: never half-way through an animation.
    animation: false,
    scales: {
      x: { grid: { display: false } },
      y: { beginAtZero: true, ticks: { callback: (v) => number(Number(v)) } },
    },
    plugins: {
      legend: { display: true, position: "bottom" },
      tooltip: { callbacks: { label: (item) => `${item.dataset.label ?? ""}: ${item.raw == null ? "" : number(Number(item.raw))}` } },
    },
  };
  return (
    <div className="kpi-chart" role="img" aria-label={t("monitoringKpi.chart.label", { title: kpi.title })}>
      <Line data={data} options={options} width={width} height={height} aria-hidden="true" />
    </div>
  );
}
