// Words of the monitoring screen's frame, shared by its views: the metric
// families, periods, KPI statuses and the site as a "channel".
import type { Family, KpiStatus, Period } from "../../bindings";

const it = {
  title: "Monitoraggio di {{name}}",
  intro:
    "Visite, partecipazione, contatti e opportunità: i numeri di ogni canale, confrontati con i traguardi degli obiettivi e con il lavoro che costano.",
  views: {
    label: "Parti del monitoraggio",
    kpis: "Indicatori",
    values: "Valori",
    effort: "Impegno e risultati",
    metrics: "Metriche",
  },
  report: "Report mensile",
  reportMonth: "Mese del report",
  families: {
    visits: "Visite",
    participation: "Partecipazione",
    contacts: "Contatti",
    opportunities: "Opportunità",
  } satisfies Record<Family, string>,
  periods: {
    week: "Settimana",
    month: "Mese",
  } satisfies Record<Period, string>,
  statuses: {
    on_track: "In linea",
    at_risk: "A rischio",
    off_track: "Fuori rotta",
    no_data: "Senza dati",
    unknown_metric: "Metrica non misurata",
  } satisfies Record<KpiStatus, string>,
  site: "Sito e attività nel complesso",
};

const en: typeof it = {
  title: "Monitoring of {{name}}",
  intro:
    "Visits, participation, contacts and opportunities: each channel's figures, set against the objectives' targets and the work they take.",
  views: {
    label: "Parts of monitoring",
    kpis: "Indicators",
    values: "Values",
    effort: "Effort and results",
    metrics: "Metrics",
  },
  report: "Monthly report",
  reportMonth: "Report month",
  families: {
    visits: "Visits",
    participation: "Participation",
    contacts: "Contacts",
    opportunities: "Opportunities",
  },
  periods: {
    week: "Week",
    month: "Month",
  },
  statuses: {
    on_track: "On track",
    at_risk: "At risk",
    off_track: "Off track",
    no_data: "No data",
    unknown_metric: "Metric not measured",
  },
  site: "Site and business as a whole",
};

export const monitoringStrings = { it, en };
