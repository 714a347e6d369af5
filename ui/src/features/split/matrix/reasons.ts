// Regia's reasons as plain sentences: the core sends a code, a weight and
// the raw words (a person, a skill level 0–3, hours and euro as numbers);
// this turns them into the reader's language.
import type { TFunction } from "i18next";

import type { Language, Reason } from "../../../bindings";
import { formatNumber } from "../../../lib/format";

const LEVELS = ["0", "1", "2", "3"] as const;
type Level = (typeof LEVELS)[number];

const isLevel = (value: string | undefined): value is Level => LEVELS.some((l) => l === value);

function number(value: string | undefined, language: Language): string {
  const parsed = Number(value);
  return value === undefined || !Number.isFinite(parsed) ? (value ?? "") : formatNumber(parsed, language);
}

export function reasonText(t: TFunction, reason: Reason, language: Language): string {
  const p = reason.params;
  return t(`split.reasons.${reason.code}`, {
    person: p.person ?? "",
    level: isLevel(p.level) ? t(`levels.${p.level}`) : (p.level ?? ""),
    free: number(p.free, language),
    needed: number(p.needed, language),
    cost: number(p.cost, language),
    budget: number(p.budget, language),
  });
}

/** Which way a reason leans, in words (never colour alone); nothing when it weighs nothing. */
export function reasonLean(t: TFunction, reason: Reason): string | null {
  if (reason.weight > 0) return t("split.editor.towardsBusiness");
  if (reason.weight < 0) return t("split.editor.towardsAgency");
  return null;
}
