// Deciding an item's outcome, in two steps: the form (which outcome, a note,
// and what it needs), then what it will change — "Conferma e applica" does
// it all at once. An error the core finds on applying sends the form back,
// with the error next to its field.
import type { TFunction } from "i18next";
import { useEffect, useRef, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";

import { commands, type Client, type Effects, type OutcomeInput, type OutcomeKind, type ReviewItem, type ReviewItemId } from "../../../bindings";
import { Dialog } from "../../../components/Dialog";
import { FormActions, FormError, TextArea, TextField } from "../../../components/fields";
import { formError, toAppError } from "../../../lib/ipc";
import { useStrategy } from "../../strategy/queries";
import { usePreviewOutcome, useReviewEdit } from "../queries";
import { itemLabel } from "../words";
import { controlOf, EMPTY_DRAFT, localErrors, outcomeInput, stopAllowed, type Control, type Draft, type LocalErrors } from "./draft";
import { EffectsList } from "./EffectsList";
import { RadioGroup } from "./RadioGroup";
import { StartFields } from "./StartFields";

const OUTCOMES: readonly OutcomeKind[] = ["keep", "adjust", "stop", "start"];

type Previewed = { input: OutcomeInput; effects: Effects };

export function OutcomeDialog({
  client,
  item,
  onClose,
  onApplied = onClose,
}: {
  client: Client;
  item: ReviewItem;
  onClose: () => void;
  onApplied?: () => void;
}) {
  const { t } = useTranslation();
  const strategy = useStrategy(client.id);
  const preview = usePreviewOutcome();
  const apply = useReviewEdit(client.id, ({ itemId, input }: { itemId: ReviewItemId; input: OutcomeInput }) => commands.applyReviewOutcome(itemId, input));
  const [draft, setDraft] = useState<Draft>(EMPTY_DRAFT);
  const [local, setLocal] = useState<LocalErrors>({});
  const [previewed, setPreviewed] = useState<Previewed | null>(null);
  const label = itemLabel(t, item);
  const document = strategy.data?.document;
  const serverError = apply.error ?? preview.error;
  const serverControl = controlOf(serverError, draft, item);
  const form = useRef<HTMLFormElement>(null);

  // A field found wrong (here or by the core, even on applying) takes the focus.
  useEffect(() => {
    form.current?.querySelector<HTMLElement>(":is(input, select, textarea)[aria-invalid='true']")?.focus();
  }, [local, serverError, previewed]);

  const errorAt = (control: Control) => local[control] ?? (serverControl === control ? toAppError(serverError) : undefined);
  const change = (patch: Partial<Draft>) => {
    // Another outcome or another thing to start: errors about the old one no longer apply.
    if (("outcome" in patch && patch.outcome !== draft.outcome) || ("start" in patch && patch.start !== draft.start)) {
      preview.reset();
      apply.reset();
      setLocal({});
    }
    setDraft({ ...draft, ...patch });
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const errors = localErrors(draft, item);
    setLocal(errors);
    apply.reset();
    if (Object.keys(errors).length > 0 || draft.outcome === null) {
      preview.reset();
      return;
    }
    const input = outcomeInput(draft, item, draft.outcome);
    preview.mutate({ itemId: item.id, input }, { onSuccess: (effects) => setPreviewed({ input, effects }) });
  };

  const confirm = (input: OutcomeInput) =>
    apply.mutate(
      { itemId: item.id, input },
      {
        onSuccess: onApplied,
        // Back to the form when the error is about one of its fields.
        onError: (error) => {
          if (controlOf(error, draft, item)) setPreviewed(null);
        },
      },
    );

  return (
    <Dialog title={t("reviews.form.title", { label })} onClose={onClose} focusKey={previewed ? "effects" : "form"}>
      {previewed ? (
        <div className="review-outcome-step">
          <EffectsList effects={previewed.effects} draft={draft} item={item} plan={document?.channels ?? []} />
          <FormError error={formError(apply.error, [])} />
          <div className="actions">
            <button type="button" className="primary" disabled={apply.isPending} onClick={() => confirm(previewed.input)}>
              {t("reviews.effects.confirm")}
            </button>
            <button
              type="button"
              onClick={() => {
                apply.reset();
                setPreviewed(null);
              }}
            >
              {t("reviews.effects.back")}
            </button>
          </div>
        </div>
      ) : (
        <form ref={form} className="form-grid review-outcome-form" onSubmit={submit} noValidate>
          <div className="reviews-wide">
            <RadioGroup
              label={t("reviews.form.outcome")}
              value={draft.outcome}
              onChange={(outcome) => change({ outcome })}
              options={OUTCOMES.map((o) => ({
                value: o,
                label: t(`reviews.outcomes.${o}`),
                disabledBecause: o === "stop" && !stopAllowed(item.kind) ? t("reviews.form.stopNotAllowed") : undefined,
              }))}
              hint={draft.outcome ? t(`reviews.form.outcomeHints.${draft.outcome}`) : undefined}
              error={errorAt("outcome")}
            />
          </div>
          {draft.outcome === "adjust" && item.kind === "objective" && (
            <TextField
              label={t("reviews.form.newTarget")}
              value={draft.target}
              inputMode="decimal"
              autoComplete="off"
              onChange={(e) => change({ target: e.target.value })}
              hint={t("reviews.form.newTargetHint")}
              error={errorAt("target")}
            />
          )}
          {draft.outcome === "stop" && item.kind === "activity" && (
            <div className="reviews-wide">
              <RadioGroup
                label={t("reviews.form.scope")}
                value={draft.scope}
                onChange={(scope) => change({ scope })}
                options={(["activity", "channel"] as const).map((s) => ({ value: s, label: t(`reviews.form.scopes.${s}`) }))}
                error={errorAt("scope")}
              />
            </div>
          )}
          {draft.outcome === "start" && (
            <>
              <div className="reviews-wide">
                <RadioGroup
                  label={t("reviews.form.start")}
                  value={draft.start}
                  onChange={(start) => change({ start })}
                  options={(["objective", "channel", "activity"] as const).map((s) => ({ value: s, label: t(`reviews.form.starts.${s}`) }))}
                  error={errorAt("start")}
                />
              </div>
              <StartFields draft={draft} onChange={change} document={document} errorAt={errorAt} />
            </>
          )}
          <div className="reviews-wide">
            <TextArea
              label={t("reviews.form.note")}
              value={draft.note}
              onChange={(e) => change({ note: e.target.value })}
              hint={noteHint(t, draft.outcome, item)}
              error={errorAt("note")}
            />
          </div>
          <FormError error={serverControl ? undefined : formError(serverError, [])} />
          <FormActions submitLabel={t("reviews.form.continue")} pending={preview.isPending} onCancel={onClose} />
        </form>
      )}
    </Dialog>
  );
}

function noteHint(t: TFunction, outcome: OutcomeKind | null, item: ReviewItem): string | undefined {
  if (outcome === null) return undefined;
  if (outcome === "adjust" && item.kind === "objective") return t("reviews.form.noteHints.adjustObjective");
  return t(`reviews.form.noteHints.${outcome}`);
}
