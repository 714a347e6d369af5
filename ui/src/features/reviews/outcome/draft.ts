// The outcome form's state, what it sends, and where each error shows. The
// form checks only what it can see is missing (an outcome, what starts);
// the core checks the rest, and its error lands next to the control that
// stands for the field it names — or above the buttons when none does.
import type { ErrorCode, ItemKind, OutcomeInput, OutcomeKind, ReviewItem, StartInput, StartKind, StopScope } from "../../../bindings";
import { AppError } from "../../../lib/ipc";

/** The choice of a channel or activity of the user's own, in its select. */
export const CUSTOM = "custom";

export type Draft = {
  outcome: OutcomeKind | null;
  note: string;
  /** Adjusting an objective: its new target, as typed. */
  target: string;
  scope: StopScope;
  start: StartKind | null;
  parentId: string;
  title: string;
  metric: string;
  startTarget: string;
  objectiveChannel: string;
  channelKey: string;
  channelName: string;
  activityKey: string;
  activityName: string;
};

export const EMPTY_DRAFT: Draft = {
  outcome: null,
  note: "",
  target: "",
  scope: "activity",
  start: null,
  parentId: "",
  title: "",
  metric: "",
  startTarget: "",
  objectiveChannel: "",
  channelKey: "",
  channelName: "",
  activityKey: "",
  activityName: "",
};

/** The controls of the form that can carry an error. */
export type Control =
  | "outcome"
  | "note"
  | "target"
  | "scope"
  | "start"
  | "parentId"
  | "title"
  | "metric"
  | "startTarget"
  | "objectiveChannel"
  | "channelKey"
  | "channelName"
  | "activityKey"
  | "activityName";

export type LocalErrors = Partial<Record<Control, AppError>>;

/** The core refuses "stop" for other kinds (outcome_not_allowed). */
export function stopAllowed(kind: ItemKind): boolean {
  return kind === "activity" || kind === "objective";
}

function startInput(d: Draft): StartInput | null {
  const blank = { parentId: null, metric: "", target: "", channel: "" };
  switch (d.start) {
    case null:
      return null;
    case "objective":
      return { kind: "objective", name: d.title, key: "", parentId: d.parentId || null, metric: d.metric, target: d.startTarget, channel: d.objectiveChannel };
    case "channel":
      return d.channelKey === CUSTOM
        ? { kind: "channel", name: d.channelName, key: "", ...blank }
        : { kind: "channel", name: "", key: d.channelKey, ...blank };
    case "activity":
      return d.activityKey === CUSTOM
        ? { kind: "activity", name: d.activityName, key: "", ...blank }
        : { kind: "activity", name: "", key: d.activityKey, ...blank };
  }
}

/** What the form sends for `item`; only the parts the chosen outcome uses are filled. */
export function outcomeInput(d: Draft, item: ReviewItem, outcome: OutcomeKind): OutcomeInput {
  return {
    outcome,
    note: d.note,
    scope: outcome === "stop" && item.kind === "activity" ? d.scope : null,
    target: outcome === "adjust" && item.kind === "objective" ? d.target : "",
    start: outcome === "start" ? startInput(d) : null,
  };
}

function missing(field: string, code: ErrorCode = "required"): AppError {
  return new AppError({ kind: "invalid", code, message: code, field, params: {} });
}

/** What is missing before the core is asked. */
export function localErrors(d: Draft, item: ReviewItem): LocalErrors {
  const errors: LocalErrors = {};
  if (d.outcome === null) errors.outcome = missing("outcome");
  if (d.outcome === "adjust" && !d.note.trim() && !(item.kind === "objective" && d.target.trim())) errors.note = missing("note");
  if (d.outcome === "start") {
    if (d.start === null) errors.start = missing("start");
    if (d.start === "channel" && !d.channelKey) errors.channelKey = missing("key");
    if (d.start === "activity" && !d.activityKey) errors.activityKey = missing("key");
  }
  return errors;
}

/** For each control on screen, the core's fields whose errors it shows. */
function controlsShown(d: Draft, item: ReviewItem): Partial<Record<Control, readonly string[]>> {
  const shown: Partial<Record<Control, readonly string[]>> = { outcome: ["outcome"], note: ["note"] };
  if (d.outcome === "adjust" && item.kind === "objective") shown.target = ["target"];
  if (d.outcome === "stop" && item.kind === "activity") shown.scope = ["scope"];
  if (d.outcome !== "start") return shown;
  shown.start = ["start", "kind"];
  if (d.start === "objective") {
    Object.assign(shown, { parentId: ["parentId"], title: ["name", "title"], metric: ["metric"], startTarget: ["target"], objectiveChannel: ["channel"] });
  } else if (d.start === "channel") {
    if (d.channelKey === CUSTOM) shown.channelName = ["name", "key", "channel"];
    else shown.channelKey = ["key", "channel", "name"];
  } else if (d.start === "activity") {
    if (d.activityKey === CUSTOM) shown.activityName = ["name", "key"];
    else shown.activityKey = ["key", "name"];
  }
  return shown;
}

/** The control that shows `error`, if one on screen stands for its field. */
export function controlOf(error: unknown, d: Draft, item: ReviewItem): Control | null {
  if (!(error instanceof AppError) || !error.field) return null;
  const field = error.field;
  const entry = Object.entries(controlsShown(d, item)).find(([, fields]) => fields.includes(field));
  return entry ? (entry[0] as Control) : null;
}
