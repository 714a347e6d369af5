// Regia's advice for one row: the side, and each reason as a sentence with
// the way it leans. Following it is one click; deciding stays with the user.
import { useTranslation } from "react-i18next";

import type { Recommendation } from "../../../bindings";
import { useLanguage } from "../../../lib/i18n";
import { sideLabel } from "./labels";
import { reasonLean, reasonText } from "./reasons";

export function AdvicePanel({ advice, onUse }: { advice: Recommendation; onUse: () => void }) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <section className="cell-advice" aria-label={t("split.editor.advice")}>
      <h3>{t("split.editor.advice")}</h3>
      <p className="cell-advice-side">{t("split.editor.advised", { side: sideLabel(t, advice.side) })}</p>
      {advice.reasons.length > 0 ? (
        <ul className="cell-reasons">
          {advice.reasons.map((reason) => {
            const lean = reasonLean(t, reason);
            return (
              <li key={reason.code}>
                {reasonText(t, reason, language)}
                {lean && (
                  <>
                    {" "}
                    <span className={`cell-lean ${reason.weight > 0 ? "lean-business" : "lean-agency"}`}>{lean}</span>
                  </>
                )}
              </li>
            );
          })}
        </ul>
      ) : (
        <p className="hint">{t("split.editor.noReasons")}</p>
      )}
      <button type="button" onClick={onUse}>
        {t("split.editor.useAdvice")}
      </button>
    </section>
  );
}
