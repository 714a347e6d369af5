// What applying the outcome will do, in words, before it is done: the
// calendar items cancelled one by one, then every other change to the plan.
import { useTranslation } from "react-i18next";

import type { Effects, PlanChannel, ReviewItem } from "../../../bindings";
import { formatNumber } from "../../../lib/format";
import { useLanguage } from "../../../lib/i18n";
import { channelLabel } from "../../../lib/i18n/channels";
import { activityWord, channelWord, plannedWhen } from "../words";
import { CUSTOM, type Draft } from "./draft";

export function EffectsList({ effects, draft, item, plan }: { effects: Effects; draft: Draft; item: ReviewItem; plan: readonly PlanChannel[] }) {
  const { t } = useTranslation();
  const language = useLanguage();

  function createdName(kind: NonNullable<Effects["creates"]>): string {
    switch (kind) {
      case "objective":
        return draft.title.trim();
      case "channel":
        return draft.channelKey === CUSTOM ? draft.channelName.trim() : channelLabel(draft.channelKey, language);
      case "activity":
        return draft.activityKey === CUSTOM ? draft.activityName.trim() : activityWord(t, draft.activityKey, "");
    }
  }

  const changes: string[] = [];
  if (effects.closesChannel) changes.push(t("reviews.effects.closesChannel", { channel: channelWord(effects.closesChannel, plan, language) }));
  if (effects.closesActivity) changes.push(t("reviews.effects.closesActivity"));
  if (effects.removedRows > 0) changes.push(t("reviews.effects.removedRows", { count: effects.removedRows }));
  if (effects.removesObjective) changes.push(t("reviews.effects.removesObjective"));
  if (effects.newTarget !== null) changes.push(t("reviews.effects.newTarget", { value: formatNumber(effects.newTarget, language) }));
  if (effects.creates) changes.push(t(`reviews.effects.creates.${effects.creates}`, { name: createdName(effects.creates) }));
  const nothing = changes.length === 0 && effects.cancelled.length === 0;

  return (
    <section className="review-effects" aria-labelledby={`effects-${item.id}`}>
      <h3 id={`effects-${item.id}`}>{t("reviews.effects.title")}</h3>
      {effects.cancelled.length > 0 ? (
        <>
          <p>{t("reviews.effects.cancelledIntro", { count: effects.cancelled.length })}</p>
          <ul className="effects-cancelled" aria-label={t("reviews.effects.cancelled")}>
            {effects.cancelled.map((c) => (
              <li key={c.id}>
                {[c.plannedLocal ? plannedWhen(c.plannedLocal, language) : null, channelWord(c.channel, plan, language), c.title || t("reviews.effects.untitled")]
                  .filter(Boolean)
                  .join(" · ")}
              </li>
            ))}
          </ul>
        </>
      ) : (
        draft.outcome === "stop" && item.kind === "activity" && <p>{t("reviews.effects.noCancelled")}</p>
      )}
      {changes.length > 0 && (
        <ul className="effects-changes">
          {changes.map((c) => (
            <li key={c}>{c}</li>
          ))}
        </ul>
      )}
      <p className={nothing ? undefined : "hint"}>{nothing ? t("reviews.effects.nothing") : t("reviews.effects.decisionToo")}</p>
    </section>
  );
}
