// Words of the decision log.
const it = {
  title: "Decisioni di {{name}}",
  statuses: {
    proposed: "Proposta",
    approved: "Approvata",
    rejected: "Respinta",
    superseded: "Superata",
  },
  subjects: {
    answer: "Risposta al questionario",
    objective: "Obiettivo",
    channel: "Canale",
    pillar: "Pilastro di contenuto",
    strategy_version: "Versione della strategia",
  },
};

const en: typeof it = {
  title: "Decisions of {{name}}",
  statuses: {
    proposed: "Proposed",
    approved: "Approved",
    rejected: "Rejected",
    superseded: "Superseded",
  },
  subjects: {
    answer: "Questionnaire answer",
    objective: "Objective",
    channel: "Channel",
    pillar: "Content pillar",
    strategy_version: "Strategy version",
  },
};

export const decisionsStrings = { it, en };
