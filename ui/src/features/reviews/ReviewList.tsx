// The reviews held, newest first: when, whether still open, how many items
// got their outcome. Each opens with one button.
import { useTranslation } from "react-i18next";

import type { ReviewId, ReviewSummary } from "../../bindings";
import { formatDate } from "../../lib/format";
import { useLanguage } from "../../lib/i18n";

export function ReviewList({ reviews, shown, onOpen }: { reviews: ReviewSummary[]; shown: ReviewId | null; onOpen: (id: ReviewId) => void }) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <section className="reviews-list" aria-labelledby="reviews-list-title">
      <h2 id="reviews-list-title">{t("reviews.list.title")}</h2>
      {reviews.length === 0 ? (
        <p className="empty">{t("reviews.list.empty")}</p>
      ) : (
        <table className="table" aria-labelledby="reviews-list-title">
          <thead>
            <tr>
              <th scope="col">{t("reviews.list.date")}</th>
              <th scope="col">{t("reviews.list.status")}</th>
              <th scope="col">{t("reviews.list.decided")}</th>
              <th scope="col">
                <span className="visually-hidden">{t("common.actions")}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {reviews.map((r) => {
              const date = formatDate(r.heldOn, language);
              return (
                <tr key={r.id} aria-current={r.id === shown ? "true" : undefined}>
                  <td>{date}</td>
                  <td>
                    <span className={`badge review-${r.status}`}>{t(`reviews.statuses.${r.status}`)}</span>
                  </td>
                  <td>{t("reviews.list.decidedOf", { decided: r.decided, items: r.items })}</td>
                  <td>
                    <button type="button" className="subtle" onClick={() => onOpen(r.id)}>
                      {t("reviews.list.open", { date })}
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </section>
  );
}
