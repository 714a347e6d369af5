// The agenda as a list: each item's kind, its label (user text, as text),
// its figures in a sentence, and its outcome once decided, or the button
// that decides it while the review is open.
import { useTranslation } from "react-i18next";

import type { Review, ReviewItem } from "../../../bindings";
import { useLanguage } from "../../../lib/i18n";
import { itemLabel, itemSentence, kindLabel } from "../words";

export function Agenda({ review, onDecide }: { review: Review; onDecide: (item: ReviewItem) => void }) {
  const { t } = useTranslation();
  const open = review.status === "open";
  return (
    <section className="review-agenda" aria-labelledby={`agenda-${review.id}`}>
      <h3 id={`agenda-${review.id}`}>{t("reviews.agenda.title")}</h3>
      {review.items.length === 0 ? (
        <p className="empty">{t("reviews.agenda.empty")}</p>
      ) : (
        <ol className="agenda-list" aria-label={t("reviews.agenda.title")}>
          {review.items.map((item) => (
            <AgendaItem key={item.id} item={item} open={open} onDecide={() => onDecide(item)} />
          ))}
        </ol>
      )}
    </section>
  );
}

function AgendaItem({ item, open, onDecide }: { item: ReviewItem; open: boolean; onDecide: () => void }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const label = itemLabel(t, item);
  const sentence = itemSentence(t, item, language);
  const tone = item.kind === "objective" ? `agenda-${item.detail.status ?? "off_track"}` : `agenda-${item.kind}`;
  return (
    <li className={`agenda-item ${tone}`}>
      <div className="agenda-head">
        <span className="badge agenda-kind">{kindLabel(t, item)}</span>
        <strong className="agenda-label">{label}</strong>
      </div>
      {sentence && <p className="agenda-sentence">{sentence}</p>}
      {item.outcome ? (
        <div className="agenda-outcome">
          <p className="agenda-decided">{t("reviews.agenda.outcome", { outcome: t(`reviews.outcomes.${item.outcome}`) })}</p>
          {item.note && <p className="agenda-note">{item.note}</p>}
        </div>
      ) : open ? (
        <button type="button" className="agenda-decide" onClick={onDecide}>
          {t("reviews.agenda.decide", { label })}
        </button>
      ) : (
        <p className="muted">{t("reviews.agenda.undecided")}</p>
      )}
    </li>
  );
}
