// Review meetings of a client: when the next one is due, the ones held, and
// one review with its agenda, outcomes and minutes. The review in progress
// (the newest still open) shows until another is chosen.
import { useState } from "react";
import { useTranslation } from "react-i18next";

import type { Client, ReviewId } from "../../bindings";
import { formatDate } from "../../lib/format";
import { useErrorText, useLanguage } from "../../lib/i18n";
import { toAppError } from "../../lib/ipc";
import { NewReviewDialog } from "./NewReviewDialog";
import { useReviews } from "./queries";
import { ReviewList } from "./ReviewList";
import { ReviewView } from "./review/ReviewView";
import "./reviews.css";

export function ReviewsScreen({ client, agency }: { client: Client; agency: boolean }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const errorText = useErrorText();
  const reviews = useReviews(client.id);
  const [chosen, setChosen] = useState<ReviewId | null>(null);
  const [creating, setCreating] = useState(false);

  if (reviews.isError) return <p role="alert">{errorText(toAppError(reviews.error))}</p>;
  if (!reviews.data) return <div className="splash" aria-busy="true" />;
  const data = reviews.data;
  const shown = chosen ?? data.reviews.find((r) => r.status === "open")?.id ?? null;

  return (
    <div className="screen reviews-screen">
      <header className="screen-header">
        <h1>{t("reviews.title", { name: client.name })}</h1>
        <div className="screen-actions">
          <button type="button" className="primary" onClick={() => setCreating(true)}>
            {t("reviews.new")}
          </button>
        </div>
      </header>
      <p className="hint">{agency ? t("reviews.intro.agency") : t("reviews.intro.business")}</p>
      <div className="reviews-due card">
        <p>
          <strong>{t("reviews.nextDue", { date: formatDate(data.nextDue, language) })}</strong>
          {" · "}
          {t("reviews.cadence", { cadence: t(`reviews.cadences.${data.cadence}`) })}
        </p>
        <p className="hint">{t("reviews.cadenceHint")}</p>
      </div>
      <ReviewList reviews={data.reviews} shown={shown} onOpen={setChosen} />
      {shown && <ReviewView key={shown} client={client} reviewId={shown} onDeleted={() => setChosen(null)} />}
      {creating && (
        <NewReviewDialog
          client={client}
          onClose={() => setCreating(false)}
          onCreated={(id) => {
            setCreating(false);
            setChosen(id);
          }}
        />
      )}
    </div>
  );
}
