// The minutes: who was there and what was said. Editable while the review is
// open (the draft lives with the review, so closing can save it first);
// plain text once closed, and always plain text on paper.
import { useTranslation } from "react-i18next";

import type { Review } from "../../../bindings";
import { FormError, TextArea, TextField } from "../../../components/fields";
import { errorFor, formError } from "../../../lib/ipc";

export type MinutesDraft = { attendees: string; minutes: string };

export function Minutes({
  review,
  draft,
  onChange,
  onSave,
  pending,
  error,
  saved,
}: {
  review: Review;
  draft: MinutesDraft;
  onChange: (draft: MinutesDraft) => void;
  onSave: () => void;
  pending: boolean;
  error: unknown;
  saved: boolean;
}) {
  const { t } = useTranslation();
  const titleId = `minutes-${review.id}`;
  const written = (
    <div className={review.status === "open" ? "print-only" : undefined}>
      <p>{review.attendees ? t("reviews.review.attendees", { names: review.attendees }) : t("reviews.review.noAttendees")}</p>
      {review.minutes ? <p className="review-minutes-text">{review.minutes}</p> : <p className="muted">{t("reviews.minutes.empty")}</p>}
    </div>
  );

  return (
    <section className="review-minutes" aria-labelledby={titleId}>
      <h3 id={titleId}>{t("reviews.minutes.title")}</h3>
      {review.status === "open" && (
        <form
          className="form-grid no-print"
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            onSave();
          }}
        >
          <TextField
            label={t("reviews.minutes.attendees")}
            value={draft.attendees}
            autoComplete="off"
            onChange={(e) => onChange({ ...draft, attendees: e.target.value })}
            error={errorFor(error, "attendees")}
          />
          <div className="reviews-wide">
            <TextArea
              label={t("reviews.minutes.text")}
              value={draft.minutes}
              rows={8}
              onChange={(e) => onChange({ ...draft, minutes: e.target.value })}
              hint={t("reviews.minutes.textHint")}
              error={errorFor(error, "minutes")}
            />
          </div>
          <FormError error={formError(error, ["attendees", "minutes"])} />
          <div className="actions">
            <button type="submit" disabled={pending}>
              {t("reviews.minutes.save")}
            </button>
            {saved && (
              <p role="status" className="saved">
                {t("reviews.minutes.saved")}
              </p>
            )}
          </div>
        </form>
      )}
      {written}
    </section>
  );
}
