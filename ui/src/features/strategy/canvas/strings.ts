// Words of the business canvas. `blocks` names every canvas block (also used
// by the version diff and the printed strategy).
const it = {
  blocks: {
    jobs: "Compiti del cliente",
    pains: "Problemi",
    gains: "Vantaggi attesi",
    products: "Prodotti e servizi",
    pain_relievers: "Soluzioni ai problemi",
    gain_creators: "Creatori di vantaggi",
    values: "Valori",
    differentiators: "Cosa ci rende diversi",
    tone_adjectives: "Aggettivi del tono di voce",
    tone_do: "Sì: cosa fare",
    tone_dont: "No: cosa evitare",
    banned_topics: "Argomenti vietati",
    key_messages: "Messaggi chiave",
  },
};

const en: typeof it = {
  blocks: {
    jobs: "Customer jobs",
    pains: "Pains",
    gains: "Gains",
    products: "Products and services",
    pain_relievers: "Pain relievers",
    gain_creators: "Gain creators",
    values: "Values",
    differentiators: "What makes us different",
    tone_adjectives: "Tone of voice adjectives",
    tone_do: "Do",
    tone_dont: "Don't",
    banned_topics: "Banned topics",
    key_messages: "Key messages",
  },
};

export const canvasStrings = { it, en };
