// One review: its date and status, the agenda with the outcomes, the topic
// form and the minutes, and what can be done with it — print, close (it
// becomes final), delete while nothing was decided.
import { useRef, useState, type ReactNode } from "react";
import { useTranslation } from "react-i18next";

import { commands, type Client, type MinutesInput, type Review, type ReviewId, type ReviewItem } from "../../../bindings";
import { Dialog } from "../../../components/Dialog";
import { FormError } from "../../../components/fields";
import { formatDate } from "../../../lib/format";
import { useErrorText, useLanguage } from "../../../lib/i18n";
import { formError, toAppError } from "../../../lib/ipc";
import { OutcomeDialog } from "../outcome/OutcomeDialog";
import { useDeleteReview, useReview, useReviewEdit } from "../queries";
import { Agenda } from "./Agenda";
import { Minutes, type MinutesDraft } from "./Minutes";
import { TopicForm } from "./TopicForm";

export function ReviewView({ client, reviewId, onDeleted }: { client: Client; reviewId: ReviewId; onDeleted: () => void }) {
  const errorText = useErrorText();
  const review = useReview(reviewId);
  if (review.isError) return <p role="alert">{errorText(toAppError(review.error))}</p>;
  if (!review.data) return <div className="splash" aria-busy="true" />;
  return <ReviewSheet client={client} review={review.data} onDeleted={onDeleted} />;
}

/** The local date a UTC instant falls on, as ISO. */
function localDay(instant: string): string {
  const d = new Date(instant);
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

function ReviewSheet({ client, review, onDeleted }: { client: Client; review: Review; onDeleted: () => void }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [draft, setDraft] = useState<MinutesDraft>({ attendees: review.attendees, minutes: review.minutes });
  const [deciding, setDeciding] = useState<ReviewItem | null>(null);
  const [confirm, setConfirm] = useState<"close" | "delete" | null>(null);
  const save = useReviewEdit(client.id, (input: MinutesInput) => commands.saveReviewMinutes(review.id, input));
  const close = useReviewEdit(client.id, () => commands.closeReview(review.id));
  const remove = useDeleteReview(client.id);
  const open = review.status === "open";
  const dirty = draft.attendees !== review.attendees || draft.minutes !== review.minutes;
  const undecided = review.items.filter((i) => !i.outcome).length;
  const titleId = `review-${review.id}`;
  const sheet = useRef<HTMLElement>(null);

  // The decided item's button is gone: the next item to decide takes the focus, or the topic field.
  const afterOutcome = () => {
    setDeciding(null);
    setTimeout(() => sheet.current?.querySelector<HTMLElement>(".agenda-decide, .review-topic input")?.focus());
  };

  const closeReview = () => {
    const done = { onSuccess: () => setConfirm(null) };
    if (dirty) save.mutate(draft, { onSuccess: () => close.mutate(undefined, done) });
    else close.mutate(undefined, done);
  };

  return (
    <section ref={sheet} className="card review-sheet" aria-labelledby={titleId}>
      <p className="print-only review-client">{client.name}</p>
      <header className="review-head">
        <h2 id={titleId}>{t("reviews.review.title", { date: formatDate(review.heldOn, language) })}</h2>
        <span className={`badge review-${review.status}`}>{t(`reviews.statuses.${review.status}`)}</span>
        <div className="actions no-print" role="group" aria-label={t("reviews.review.actions")}>
          <button type="button" onClick={() => window.print()}>
            {t("reviews.review.print")}
          </button>
          {open && (
            <button type="button" onClick={() => setConfirm("close")}>
              {t("reviews.review.close")}
            </button>
          )}
          {open && review.items.every((i) => !i.outcome) && (
            <button type="button" className="danger" onClick={() => setConfirm("delete")}>
              {t("reviews.review.delete")}
            </button>
          )}
        </div>
      </header>
      {review.closedAt && <p className="hint">{t("reviews.review.closedOn", { date: formatDate(localDay(review.closedAt), language) })}</p>}
      <Agenda review={review} onDecide={setDeciding} />
      {open && <TopicForm client={client} review={review} />}
      <Minutes
        review={review}
        draft={draft}
        onChange={(next) => {
          save.reset();
          setDraft(next);
        }}
        onSave={() => save.mutate(draft)}
        pending={save.isPending}
        error={save.error}
        saved={save.isSuccess && !dirty}
      />

      {deciding && open && <OutcomeDialog client={client} item={deciding} onClose={() => setDeciding(null)} onApplied={afterOutcome} />}
      {confirm === "close" && (
        <ConfirmDialog
          title={t("reviews.closeDialog.title")}
          action={t("reviews.review.close")}
          tone="primary"
          pending={save.isPending || close.isPending}
          error={save.error ?? close.error}
          onConfirm={closeReview}
          onCancel={() => setConfirm(null)}
        >
          <p>{t("reviews.closeDialog.body")}</p>
          {undecided > 0 && <p>{t("reviews.closeDialog.undecided", { count: undecided })}</p>}
          {dirty && <p>{t("reviews.closeDialog.unsaved")}</p>}
        </ConfirmDialog>
      )}
      {confirm === "delete" && (
        <ConfirmDialog
          title={t("reviews.deleteDialog.title")}
          action={t("reviews.review.delete")}
          tone="danger"
          pending={remove.isPending}
          error={remove.error}
          onConfirm={() => remove.mutate(review.id, { onSuccess: onDeleted })}
          onCancel={() => setConfirm(null)}
        >
          <p>{t("reviews.deleteDialog.body")}</p>
        </ConfirmDialog>
      )}
    </section>
  );
}

/** Asks before something that cannot be undone; the core's refusal shows above the buttons. */
function ConfirmDialog({
  title,
  action,
  tone,
  pending,
  error,
  onConfirm,
  onCancel,
  children,
}: {
  title: string;
  action: string;
  tone: "primary" | "danger";
  pending: boolean;
  error: unknown;
  onConfirm: () => void;
  onCancel: () => void;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <Dialog title={title} onClose={onCancel}>
      {children}
      <FormError error={formError(error, [])} />
      <div className="actions">
        <button type="button" className={tone} disabled={pending} onClick={onConfirm}>
          {action}
        </button>
        <button type="button" onClick={onCancel}>
          {t("common.cancel")}
        </button>
      </div>
    </Dialog>
  );
}
