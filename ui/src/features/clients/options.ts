import type { ClientStatus, Phase } from "../../bindings";

export const PHASES: readonly Phase[] = ["startup", "growth", "autonomy"];
export const STATUSES: readonly ClientStatus[] = ["onboarding", "active", "paused", "archived"];
