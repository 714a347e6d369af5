// Words of the printable monthly report.
const it = {
  title: "Report mensile",
};

const en: typeof it = {
  title: "Monthly report",
};

export const reportStrings = { it, en };
