// Words of the review meetings: list, agenda, outcomes, minutes.
const it = {
  title: "Revisioni di {{name}}",
};

const en: typeof it = {
  title: "Reviews of {{name}}",
};

export const reviewsStrings = { it, en };
