// Answers of the questionnaire offered to one place of the canvas, drawn as
// dashed "ghost" cards: one click adds one, another dismisses it.
import { useTranslation } from "react-i18next";

import type { Suggestion, SuggestionRef } from "../../../bindings";
import { FormError } from "../../../components/fields";
import { useLanguage } from "../../../lib/i18n";
import { toAppError } from "../../../lib/ipc";
import { useCanvas } from "./context";
import { refocus } from "./focus";
import { useAcceptSuggestion, useDismissSuggestion } from "./queries";

/** Where focus goes once a suggestion is gone: the next one, else the place's own field. */
const AFTER = ["[data-canvas-accept]", "[data-canvas-add]", "textarea"];

export function SuggestionList({ suggestions, label, hint }: { suggestions: Suggestion[]; label: string; hint?: string }) {
  const { editable } = useCanvas();
  if (!editable || suggestions.length === 0) return null;
  return (
    <>
      {hint && <p className="hint">{hint}</p>}
      <ul className="canvas-suggestions" aria-label={label}>
        {suggestions.map((s, index) => (
          <SuggestionCard key={`${s.questionId}-${s.target}-${s.segmentId ?? ""}-${s.value}`} suggestion={s} index={index} />
        ))}
      </ul>
    </>
  );
}

function SuggestionCard({ suggestion, index }: { suggestion: Suggestion; index: number }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { clientId } = useCanvas();
  const accept = useAcceptSuggestion(clientId);
  const dismiss = useDismissSuggestion(clientId);
  const label = suggestion.label[language];
  const prompt = suggestion.questionPrompt[language];
  const ref: SuggestionRef = { questionId: suggestion.questionId, target: suggestion.target, segmentId: suggestion.segmentId, value: suggestion.value };
  const error = accept.error ?? dismiss.error;

  const run = (mutation: typeof accept, event: React.MouseEvent<HTMLElement>) => {
    if (accept.isPending || dismiss.isPending) return;
    const scope = event.currentTarget.closest("[data-canvas-scope]");
    mutation.mutate(ref, { onSuccess: () => refocus(scope, index, ...AFTER) });
  };

  return (
    <li className="canvas-ghost">
      <span className="canvas-ghost-text">{label}</span>
      <small className="canvas-source" title={prompt}>
        {t("canvas.suggestion.from")}
        <span className="visually-hidden">: {prompt}</span>
      </small>
      <span className="canvas-ghost-actions">
        <button
          type="button"
          className="canvas-mini canvas-accept"
          data-canvas-accept=""
          aria-label={t("canvas.suggestion.accept", { label })}
          onClick={(e) => run(accept, e)}
        >
          {t("canvas.suggestion.acceptShort")}
        </button>
        <button type="button" className="canvas-mini" aria-label={t("canvas.suggestion.dismiss", { label })} onClick={(e) => run(dismiss, e)}>
          {t("canvas.suggestion.dismissShort")}
        </button>
      </span>
      <FormError error={error ? toAppError(error) : undefined} />
    </li>
  );
}
