// Hours a month as typed in the row editor: Italian comma or dot, empty is
// none. Which sides spend hours follows the side chosen for the row.
import type { Language, SplitSide } from "../../../bindings";
import { formatNumber, parseNumber } from "../../../lib/format";

/** The hours typed (empty: none), or `null` when the text is not a number. */
export function parseHours(text: string, language: Language): number | null {
  const value = parseNumber(text, language);
  if (value === null) return 0;
  return Number.isNaN(value) ? null : value;
}

export function hoursText(value: number | null, language: Language): string {
  return value === null ? "" : formatNumber(value, language);
}

export const spendsBusiness = (side: SplitSide) => side !== "agency";
export const spendsAgency = (side: SplitSide) => side !== "business";

export interface HoursDraft {
  business: string;
  agency: string;
}

/** A row's hours on a side: all on one side, or half each when shared. */
export function spread(side: SplitSide, total: number, language: Language): HoursDraft {
  const half = Math.round((total / 2) * 4) / 4;
  const on = (spends: boolean, share: number) => (spends ? hoursText(share, language) : "");
  if (side === "shared") return { business: on(true, half), agency: on(true, total - half) };
  return { business: on(side === "business", total), agency: on(side === "agency", total) };
}

/**
 * The hours after the side changes: the row keeps its total, moved to the
 * sides that now spend it. What cannot be read stays as typed.
 */
export function moveHours(draft: HoursDraft, from: SplitSide, to: SplitSide, language: Language): HoursDraft {
  if (from === to) return draft;
  const business = spendsBusiness(from) ? parseHours(draft.business, language) : 0;
  const agency = spendsAgency(from) ? parseHours(draft.agency, language) : 0;
  if (business === null || agency === null) return draft;
  const moved = spread(to, business + agency, language);
  return {
    business: spendsBusiness(to) ? moved.business : draft.business,
    agency: spendsAgency(to) ? moved.agency : draft.agency,
  };
}
