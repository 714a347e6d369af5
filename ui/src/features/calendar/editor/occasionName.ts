// How an item's occasion reads: items store a stable reference
// (`fixed:<key>:<year>` or `own:<id>:<year>`), shown by its name.
import { useTranslation } from "react-i18next";

import type { ClientId } from "../../../bindings";
import { useOwnOccasions } from "../queries";
import { calendarStrings } from "../strings";

type FixedKey = keyof typeof calendarStrings.it.occasions;

function isFixedKey(key: string): key is FixedKey {
  return Object.hasOwn(calendarStrings.it.occasions, key);
}

export function useOccasionName(clientId: ClientId): (reference: string) => string {
  const { t } = useTranslation();
  const own = useOwnOccasions(clientId).data ?? [];
  return (reference) => {
    const [kind, key = "", year = ""] = reference.split(":");
    if (kind === "fixed" && isFixedKey(key)) return `${t(`calendar.occasions.${key}`)} ${year}`.trim();
    if (kind === "own") {
      const occasion = own.find((o) => o.id === key);
      if (occasion) return `${occasion.name} ${year}`.trim();
    }
    return reference;
  };
}
