// Bar charts for the screens, drawn by Chart.js (canvas). Chart.js is the
// most used chart library and, unlike the SVG libraries built on d3-color or
// decimal.js, it loads with Tauri's frozen Object.prototype (see
// lib/dependencies.test.ts). A chart is a picture: every screen that shows one
// also gives its numbers as a table, and the picture has a label.
import {
  BarElement,
  CategoryScale,
  Chart,
  Legend,
  LinearScale,
  Tooltip,
  type ChartData,
  type ChartOptions,
  type Plugin,
} from "chart.js";
import { Bar } from "react-chartjs-2";

Chart.register(BarElement, CategoryScale, LinearScale, Legend, Tooltip);

/** A vertical line across the chart at a value of the value axis (a margin, a limit). */
export interface Marker {
  value: number;
  colour: string;
  label?: string;
  dashed?: boolean;
}

const markerPlugin: Plugin<"bar", { markers?: Marker[] }> = {
  id: "regiaMarkers",
  afterDatasetsDraw(chart, _args, options) {
    const scale = chart.scales["x"];
    const markers = options.markers ?? [];
    if (!scale || markers.length === 0) return;
    const { ctx, chartArea } = chart;
    for (const marker of markers) {
      const x = scale.getPixelForValue(marker.value);
      if (x < chartArea.left || x > chartArea.right) continue;
      ctx.save();
      ctx.strokeStyle = marker.colour;
      ctx.lineWidth = 2;
      ctx.setLineDash(marker.dashed ? [6, 4] : []);
      ctx.beginPath();
      ctx.moveTo(x, chartArea.top);
      ctx.lineTo(x, chartArea.bottom);
      ctx.stroke();
      if (marker.label) {
        ctx.fillStyle = marker.colour;
        ctx.font = "12px system-ui, sans-serif";
        ctx.textAlign = "center";
        ctx.fillText(marker.label, x, chartArea.top - 6);
      }
      ctx.restore();
    }
  },
};

export interface BarSeries {
  label: string;
  values: number[];
  /** One colour for the series, or one per bar. */
  colour: string | string[];
}

interface BarsProps {
  /** What the picture shows, for screen readers. */
  label: string;
  categories: string[];
  series: BarSeries[];
  /** Bars grow rightwards, one row per category. */
  horizontal?: boolean;
  stacked?: boolean;
  width: number;
  height: number;
  /** Upper end of the value axis; values above it are cut. */
  max?: number;
  markers?: Marker[];
  formatValue?: (value: number) => string;
  legend?: boolean;
}

export function Bars({ label, categories, series, horizontal = false, stacked = false, width, height, max, markers = [], formatValue, legend = false }: BarsProps) {
  const data: ChartData<"bar", number[], string> = {
    labels: categories,
    datasets: series.map((s) => ({ label: s.label, data: s.values, backgroundColor: s.colour, borderWidth: 0, maxBarThickness: 26 })),
  };
  const valueAxis = { beginAtZero: true, stacked, ...(max === undefined ? {} : { max }), ticks: { callback: (v: number | string) => (formatValue ? formatValue(Number(v)) : String(v)) } };
  const categoryAxis = { stacked, grid: { display: false } };
  const options: ChartOptions<"bar"> = {
    indexAxis: horizontal ? "y" : "x",
    responsive: false,
    animation: false,
    layout: { padding: { top: markers.some((m) => m.label) ? 22 : 4 } },
    scales: horizontal ? { x: valueAxis, y: categoryAxis } : { x: categoryAxis, y: valueAxis },
    plugins: {
      legend: { display: legend, position: "bottom" },
      tooltip: formatValue ? { callbacks: { label: (item) => `${item.dataset.label ?? ""}: ${formatValue(Number(item.raw))}` } } : {},
      // Read by the marker plugin above.
      ...({ regiaMarkers: { markers } } as object),
    },
  };
  return (
    <div role="img" aria-label={label}>
      <Bar data={data} options={options} plugins={[markerPlugin]} width={width} height={height} aria-hidden="true" />
    </div>
  );
}
