// A topic of the meeting's own, added at the end of the agenda.
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";

import { commands, type Client, type Review } from "../../../bindings";
import { FormError, TextField } from "../../../components/fields";
import { errorFor, formError } from "../../../lib/ipc";
import { useReviewEdit } from "../queries";

export function TopicForm({ client, review }: { client: Client; review: Review }) {
  const { t } = useTranslation();
  const [label, setLabel] = useState("");
  const add = useReviewEdit(client.id, (text: string) => commands.addReviewTopic(review.id, text));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    add.mutate(label, { onSuccess: () => setLabel("") });
  };

  return (
    <form className="review-topic no-print" onSubmit={submit} noValidate>
      <TextField
        label={t("reviews.agenda.newTopic")}
        value={label}
        autoComplete="off"
        onChange={(e) => setLabel(e.target.value)}
        error={errorFor(add.error, "label")}
      />
      <button type="submit" disabled={add.isPending}>
        {t("reviews.agenda.addTopic")}
      </button>
      <FormError error={formError(add.error, ["label"])} />
    </form>
  );
}
