// Words of the KPI, effort and metrics views of monitoring.
const it = {
  title: "Indicatori",
};

const en: typeof it = {
  title: "Indicators",
};

export const monitoringKpiStrings = { it, en };
