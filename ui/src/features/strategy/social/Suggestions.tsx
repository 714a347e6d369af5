// Suggestions from the questionnaire for one part of the strategy, each
// accepted (or dismissed) with one click.
import { useTranslation } from "react-i18next";

import { commands, type ClientId, type Suggestion, type SuggestionRef } from "../../../bindings";
import { useLanguage } from "../../../lib/i18n";
import { channelLabel } from "../../../lib/i18n/channels";
import { useStrategyEdit } from "../queries";

function ref(s: Suggestion): SuggestionRef {
  return { questionId: s.questionId, target: s.target, segmentId: s.segmentId, value: s.value };
}

export function Suggestions({ clientId, suggestions, readOnly }: { clientId: ClientId; suggestions: Suggestion[]; readOnly: boolean }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const accept = useStrategyEdit(clientId, (s: Suggestion) => commands.acceptSuggestion(clientId, ref(s)));
  const dismiss = useStrategyEdit(clientId, (s: Suggestion) => commands.dismissSuggestion(clientId, ref(s)));
  if (suggestions.length === 0) return null;
  const label = (s: Suggestion) =>
    s.target === "channel" ? channelLabel(s.value, language) : s.target === "objective" ? t(`strategy.categories.${s.value as "awareness"}`) : s.label[language];
  return (
    <div className="suggestions" role="group" aria-label={t("strategy.suggestions.title")}>
      <p className="suggestions-title">{t("strategy.suggestions.title")}</p>
      <ul>
        {suggestions.map((s) => (
          <li key={`${s.questionId}-${s.target}-${s.value}`} className="suggestion" title={t("strategy.suggestions.from", { question: s.questionPrompt[language] })}>
            <span>{label(s)}</span>
            {!readOnly && (
              <>
                <button type="button" className="subtle" disabled={accept.isPending} onClick={() => accept.mutate(s)} aria-label={t("strategy.suggestions.accept", { label: label(s) })}>
                  +
                </button>
                <button type="button" className="subtle" disabled={dismiss.isPending} onClick={() => dismiss.mutate(s)} aria-label={t("strategy.suggestions.dismiss", { label: label(s) })}>
                  ×
                </button>
              </>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
