// Small wordings shared by the plan's views and its printed document. Each
// takes the `t` to use, so the printed document can pass one fixed to the
// client's language.
import type { TFunction } from "i18next";

import type { Language, Person, Skill, Transfer } from "../../../bindings";
import { parseNumber } from "../../../lib/format";

export const SKILLS: readonly Skill[] = ["strategy", "copywriting", "photo", "video", "graphics", "community", "advertising", "analytics"];

const LEVEL_KEYS = ["0", "1", "2", "3"] as const;
const VOICE_KEYS = ["0", "1", "2"] as const;

export function levelWord(t: TFunction, level: number): string {
  return t(`levels.${LEVEL_KEYS[level] ?? "0"}`);
}

export function voiceWord(t: TFunction, voice: number): string {
  return t(`splitPlan.activities.voices.${VOICE_KEYS[voice] ?? "0"}`);
}

export function personName(t: TFunction, people: readonly Person[], transfer: Transfer): string {
  return people.find((p) => p.id === transfer.personId)?.name ?? t("splitPlan.transfers.unknownPerson");
}

const DAY_FIRST = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/;

/**
 * `31/12/2026` → `2026-12-31`, as the command's input says. Anything that is
 * not a real day goes as typed, so the core's error quotes what the user wrote.
 */
export function toIsoDate(typed: string): string {
  const text = typed.trim();
  const match = DAY_FIRST.exec(text);
  if (!match) return text;
  const [day, month, year] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return text;
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/** A whole number as typed (spaces around allowed), or `null`. */
export function parseWhole(typed: string): number | null {
  const text = typed.trim();
  return /^\d+$/.test(text) ? Number(text) : null;
}

/** A number not below zero as typed in the reader's convention, or `null`. */
export function parseDecimal(typed: string, language: Language): number | null {
  const value = parseNumber(typed, language);
  return value === null || Number.isNaN(value) || value < 0 ? null : value;
}
