// Test data for the reviews screen: reviews and agenda items as the core
// returns them, one item of each kind with the figures agenda.rs writes, and
// the strategy the outcome form reads (one overall objective, Instagram).
import type { Effects, MacroObjective, PlanChannel, Review, ReviewItem, ReviewSummary, Reviews, Strategy } from "../../bindings";
import { CLIENT } from "../../test/fixtures";
import { strategyOf } from "../strategy/fixtures";

export { mockCore, type Call } from "../split/testing";

export const REVIEW_ID = "review-1";

export function item(id: string, kind: ReviewItem["kind"], label: string, detail: Record<string, string> = {}, extra: Partial<ReviewItem> = {}): ReviewItem {
  return { id, kind, subjectId: `subject-${id}`, channel: null, label, detail, outcome: null, note: "", decisionId: null, ...extra };
}

export const OBJECTIVE = item("item-objective", "objective", "Più richieste di prenotazione", {
  status: "off_track",
  ratio: "0",
  metric: "leads",
  value: "0",
  planned: "8",
  period: "2026-10-01",
});
export const AT_RISK = item("item-risk", "objective", "Più follower", {
  status: "at_risk",
  ratio: "0.85",
  metric: "followers",
  value: "1020.5",
  planned: "1200",
  period: "2026-10-01",
});
export const ACTIVITY = item(
  "item-activity",
  "activity",
  "Testi · Instagram",
  { months: "3", hours: "12", activity: "copywriting", channelName: "Instagram" },
  { channel: "instagram" },
);
export const DECISION = item("item-decision", "decision", "Aprire un profilo TikTok", { proposedBy: "agency", since: "2026-11-03" });
export const PERSON = item("item-person", "person", "Mario Rossi", { percent: "120", level: "over", assigned: "104", available: "86.67" });
export const CHRISTMAS = item("item-christmas", "occasion", "christmas", { fixed: "christmas", from: "2026-12-25", to: "2026-12-25" });
export const SALES = item("item-sales", "occasion", "winter_sales", { fixed: "winter_sales", from: "2027-01-03", to: "2027-02-28" });
export const TOPIC = item("item-topic", "topic", "Foto <b>nuove</b> del menù", {}, { subjectId: null });

export function review(extra: Partial<Review> = {}): Review {
  return {
    id: REVIEW_ID,
    clientId: CLIENT.id,
    language: "it",
    heldOn: "2026-11-24",
    attendees: "Mario, Giulia (agenzia)",
    minutes: "",
    status: "open",
    closedAt: null,
    items: [OBJECTIVE, ACTIVITY, DECISION],
    ...extra,
  };
}

export function summary(extra: Partial<ReviewSummary> = {}): ReviewSummary {
  return { id: REVIEW_ID, heldOn: "2026-11-24", status: "open", items: 3, decided: 0, ...extra };
}

export function reviewsOf(list: ReviewSummary[] = [], extra: Partial<Reviews> = {}): Reviews {
  return { clientId: CLIENT.id, cadence: "monthly", nextDue: "2026-12-24", reviews: list, ...extra };
}

export function effects(extra: Partial<Effects> = {}): Effects {
  return { cancelled: [], closesChannel: null, closesActivity: false, removedRows: 0, removesObjective: false, newTarget: null, creates: null, ...extra };
}

export const MACRO: MacroObjective = { id: "macro-1", category: "leads", title: "Riempire i tavoli in settimana", description: "", micros: [] };
export const INSTAGRAM: PlanChannel = { id: "ch-ig", channel: "instagram", name: "", role: "", audience: "", importance: 3, postsPerWeek: 3, status: "active" };

export function strategy(): Strategy {
  return strategyOf({ document: { mission: "", segments: [], cards: [], objectives: [MACRO], pillars: [], channels: [INSTAGRAM] } });
}
