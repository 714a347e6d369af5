// Test data for the values screens: a client's monitoring as the core
// returns it, and a stand-in core that keeps the values recorded so the
// screen shows what it saved, as it would against the real one.

import type { IpcError, Measurement, MeasurementInput, MetricDef, Monitoring } from "../../../bindings";
import { CLIENT } from "../../../test/fixtures";
import { useMonitoring } from "../queries";
import { ValuesView } from "./ValuesView";
import { mockCore, type Call } from "../../../test/ipc";

/** Wednesday: the week started on Monday 16/11, the month on 01/11. */
export const TODAY = "2026-11-18";

function catalog(key: string, family: MetricDef["family"], aggregation: MetricDef["aggregation"] = "sum"): MetricDef {
  return { key, name: "", family, aggregation, id: null };
}

export const METRICS: MetricDef[] = [
  catalog("visits", "visits"),
  catalog("reach", "participation"),
  catalog("followers", "participation", "last"),
  catalog("comments", "participation"),
  catalog("leads", "contacts"),
  { key: "custom:prenotazioni", name: "Prenotazioni", family: "contacts", aggregation: "sum", id: "metric-1" },
];

export function measurement(channel: string, metric: string, startsOn: string, value: number, period: Measurement["period"] = "month"): Measurement {
  return { id: `m-${channel}-${metric}-${period}-${startsOn}`, channel, metric, period, startsOn, value };
}

export function monitoring(extra: Partial<Monitoring> = {}): Monitoring {
  return {
    clientId: CLIENT.id,
    language: "it",
    today: TODAY,
    settings: { cadence: "monthly", quietPeriods: 3 },
    metrics: METRICS,
    channels: [
      { key: "", name: "", closed: false },
      { key: "instagram", name: "", closed: false },
      { key: "custom:volantini", name: "Volantini", closed: true },
    ],
    measurements: [],
    kpis: [],
    effort: { months: [], quietPeriods: 3, phase: "growth", channels: [] },
    ...extra,
  };
}

export { mockCore, type Call };

export function coreError(code: IpcError["code"], field: string | null, params: Record<string, string> = {}): IpcError {
  return { kind: code === "duplicate_measurement" ? "conflict" : "invalid", code, message: "", field, params };
}

/**
 * A core that records values like the real one (typed `1.250` is 1250; an
 * empty value removes) after `check` had its say: `check` may throw the
 * core's error for an input.
 */
export function valuesCore(start: Monitoring, check: (input: MeasurementInput) => void = () => {}): { calls: Call[]; saves: () => MeasurementInput[] } {
  let state = start;
  const calls = mockCore((cmd, args) => {
    if (cmd === "get_monitoring") return state;
    if (cmd !== "save_measurement") return null;
    const input = args.input as MeasurementInput;
    check(input);
    const others = state.measurements.filter(
      (m) => !(m.channel === input.channel && m.metric === input.metric && m.period === input.period && m.startsOn === input.day),
    );
    const value = Number(input.value.replace(/\./g, "").replace(",", "."));
    state = {
      ...state,
      measurements: input.value === "" ? others : [...others, measurement(input.channel, input.metric, input.day, value, input.period)],
    };
    return state;
  });
  return { calls, saves: () => calls.filter((c) => c.cmd === "save_measurement").map((c) => c.args.input as MeasurementInput) };
}

/** The values tab as the screen shows it: fed by the cached monitoring, which saves replace. */
export function ValuesTab() {
  const query = useMonitoring(CLIENT.id);
  return query.data ? <ValuesView client={CLIENT} monitoring={query.data} /> : null;
}
