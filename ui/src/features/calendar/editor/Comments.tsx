// The item's comment thread: the business's answers (changes requested) and
// notes from either side. A new comment is signed by this install's side; the
// author starts as this install's name and can be changed to the person's.
import { useState } from "react";
import { useTranslation } from "react-i18next";

import type { Comment, ItemId } from "../../../bindings";
import { FormError, TextArea, TextField } from "../../../components/fields";
import { useLanguage } from "../../../lib/i18n";
import { errorFor, formError } from "../../../lib/ipc";
import { useAppStatus } from "../../app/queries";
import { useAddComment } from "../queries";
import { formatStamp } from "./model";

export function Comments({ itemId, comments }: { itemId: ItemId; comments: Comment[] }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const profileName = useAppStatus().data?.profile?.name ?? "";
  return (
    <section className="item-comments" aria-labelledby={`comments-${itemId}`}>
      <h3 id={`comments-${itemId}`}>{t("editor.comments.heading")}</h3>
      {comments.length === 0 ? (
        <p className="muted">{t("editor.comments.none")}</p>
      ) : (
        <ol className="comment-list">
          {comments.map((c) => (
            <li key={c.id}>
              <p className="comment-meta">
                <strong>{c.author}</strong> <span className="badge">{t(`sides.${c.side}`)}</span>{" "}
                <time dateTime={c.createdAt}>{formatStamp(c.createdAt, language)}</time>
              </p>
              <p className="comment-body">{c.body}</p>
            </li>
          ))}
        </ol>
      )}
      {/* Remounted once the install's name is known, so the author starts from it. */}
      <CommentForm key={`${itemId}-${profileName}`} itemId={itemId} defaultAuthor={profileName} />
    </section>
  );
}

function CommentForm({ itemId, defaultAuthor }: { itemId: ItemId; defaultAuthor: string }) {
  const { t } = useTranslation();
  const [author, setAuthor] = useState(defaultAuthor);
  const [body, setBody] = useState("");
  const add = useAddComment();
  return (
    <form
      className="comment-form"
      aria-label={t("editor.comments.add")}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        add.mutate({ id: itemId, author, body }, { onSuccess: () => setBody("") });
      }}
    >
      <TextField label={t("editor.comments.author")} value={author} onChange={(e) => setAuthor(e.target.value)} error={errorFor(add.error, "author")} autoComplete="off" />
      <TextArea label={t("editor.comments.body")} value={body} onChange={(e) => setBody(e.target.value)} error={errorFor(add.error, "comment")} rows={3} />
      <FormError error={formError(add.error, ["author", "comment"])} />
      <div className="actions">
        <button type="submit" disabled={add.isPending}>
          {t("editor.comments.add")}
        </button>
      </div>
    </form>
  );
}
