// Words of the values grid, the single-value form and the CSV import.
const it = {
  title: "Valori",
};

const en: typeof it = {
  title: "Values",
};

export const monitoringValuesStrings = { it, en };
