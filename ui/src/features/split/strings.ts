// Words of the split screen's frame and of the matrix with its row editor
// (the matrix helper adds its own keys under `matrix`, `editor`, `reasons`).
const it = {
  title: "Ripartizione interno/agenzia di {{name}}",
  intro:
    "Chi fa cosa, canale per canale e fase per fase: l'agenzia porta metodo e coerenza, l'attività la sua voce e la vita reale. Regia consiglia, tu decidi: ogni scelta finisce nel registro delle decisioni.",
  views: {
    label: "Parti della ripartizione",
    matrix: "Matrice",
    phases: "Fasi",
    capacity: "Capacità e costi",
    transfers: "Competenze",
    activities: "Attività",
  },
  phase: "Fase",
  currentPhase: "fase attuale",
  sides: {
    agency: "Agenzia",
    business: "Interno",
    shared: "Condiviso",
  },
  noChannels: "Nessun canale nel piano: aggiungi i canali nella strategia social per ripartire il lavoro.",
};

const en: typeof it = {
  title: "In-house / agency split for {{name}}",
  intro:
    "Who does what, channel by channel and phase by phase: the agency brings method and coherence, the business its own voice and real life. Regia advises, you decide: every choice goes into the decision log.",
  views: {
    label: "Parts of the split",
    matrix: "Matrix",
    phases: "Phases",
    capacity: "Capacity and cost",
    transfers: "Skills",
    activities: "Activities",
  },
  phase: "Phase",
  currentPhase: "current phase",
  sides: {
    agency: "Agency",
    business: "In-house",
    shared: "Shared",
  },
  noChannels: "No channels in the plan: add channels in the social strategy to split the work.",
};

export const splitStrings = { it, en };
