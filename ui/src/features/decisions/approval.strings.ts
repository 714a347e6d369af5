// Words of the approval form (strategy versions and decisions).
const it = {
  by: "Chi approva",
  byHint: "Nome e cognome della persona dell'attività che ha dato la risposta.",
  via: "Come ha risposto",
  at: "Quando",
  agencyNote: "Stai registrando una risposta data dall'attività: indica come e quando è arrivata.",
  businessNote: "La tua risposta viene registrata ora, con il tuo nome.",
  vias: {
    in_app: "In Regia",
    meeting: "In riunione",
    email: "Per email",
    phone: "Per telefono",
    other: "In altro modo",
  },
  choose: "Scegli…",
};

const en: typeof it = {
  by: "Who approves",
  byHint: "Full name of the person at the business who gave the answer.",
  via: "How they answered",
  at: "When",
  agencyNote: "You are recording an answer the business gave: say how and when it came.",
  businessNote: "Your answer is recorded now, with your name.",
  vias: {
    in_app: "In Regia",
    meeting: "In a meeting",
    email: "By email",
    phone: "By phone",
    other: "Some other way",
  },
  choose: "Choose…",
};

export const approvalStrings = { it, en };
