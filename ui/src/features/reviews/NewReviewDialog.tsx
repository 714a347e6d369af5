// Opens a review: the day of the meeting (today unless typed) and who is
// there. The core builds the agenda from the data as it is at that moment.
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";

import { commands, type Client, type ReviewId, type ReviewInput } from "../../bindings";
import { Dialog } from "../../components/Dialog";
import { FormActions, FormError, TextField } from "../../components/fields";
import { errorFor, formError } from "../../lib/ipc";
import { useReviewEdit } from "./queries";

const FIELDS = ["heldOn", "attendees"];

export function NewReviewDialog({ client, onClose, onCreated }: { client: Client; onClose: () => void; onCreated: (id: ReviewId) => void }) {
  const { t } = useTranslation();
  const [heldOn, setHeldOn] = useState("");
  const [attendees, setAttendees] = useState("");
  const create = useReviewEdit(client.id, (input: ReviewInput) => commands.createReview(client.id, input));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate({ heldOn, attendees }, { onSuccess: (review) => onCreated(review.id) });
  };

  return (
    <Dialog title={t("reviews.create.title")} onClose={onClose}>
      <form className="form-grid" onSubmit={submit} noValidate>
        <TextField
          label={t("reviews.create.heldOn")}
          value={heldOn}
          autoComplete="off"
          onChange={(e) => setHeldOn(e.target.value)}
          hint={t("reviews.create.heldOnHint")}
          error={errorFor(create.error, "heldOn")}
        />
        <TextField
          label={t("reviews.create.attendees")}
          value={attendees}
          autoComplete="off"
          onChange={(e) => setAttendees(e.target.value)}
          hint={t("reviews.create.attendeesHint")}
          error={errorFor(create.error, "attendees")}
        />
        <p className="hint reviews-wide">{t("reviews.create.agendaHint")}</p>
        <FormError error={formError(create.error, FIELDS)} />
        <FormActions submitLabel={t("reviews.create.submit")} pending={create.isPending} onCancel={onClose} />
      </form>
    </Dialog>
  );
}
