// The business's own occasions (an anniversary, the village fair, the
// season's opening): listed, added, edited, deleted; plus the dates the
// questionnaire suggests, each added in one click.
import { useId, useState } from "react";
import { useTranslation } from "react-i18next";

import type { Client, Occasion, OccasionId, OccasionInput } from "../../../bindings";
import { FormError } from "../../../components/fields";
import { formatDate } from "../../../lib/format";
import { useLanguage } from "../../../lib/i18n";
import { formError } from "../../../lib/ipc";
import { useDeleteOccasion, useOwnOccasions, useSaveOccasion, useSuggestedOccasions } from "../queries";
import { OccasionForm } from "./OccasionForm";
import "../editor/editor.css";

/** Which form is open: none, a new occasion, or one being edited. */
type Editing = null | "new" | OccasionId;

export function OccasionsPanel({ client }: { client: Client }) {
  const { t } = useTranslation();
  const headingId = useId();
  const own = useOwnOccasions(client.id);
  const [editing, setEditing] = useState<Editing>(null);
  const editedOccasion = own.data?.find((o) => o.id === editing) ?? null;
  return (
    <section className="panel occasions" aria-labelledby={headingId}>
      <h3 id={headingId}>{t("editor.occasions.heading")}</h3>
      <p className="hint">{t("editor.occasions.intro")}</p>
      {own.error ? (
        <FormError error={formError(own.error, [])} />
      ) : !own.data ? (
        <p className="muted">{t("editor.occasions.loading")}</p>
      ) : own.data.length === 0 ? (
        <p className="muted">{t("editor.occasions.none")}</p>
      ) : (
        <ul className="panel-list">
          {own.data.map((o) => (
            <OccasionRow key={o.id} occasion={o} onEdit={() => setEditing(o.id)} />
          ))}
        </ul>
      )}
      {editing === null ? (
        <div className="actions">
          <button type="button" onClick={() => setEditing("new")}>
            {t("editor.occasions.add")}
          </button>
        </div>
      ) : (
        <OccasionForm key={editing} client={client} occasion={editing === "new" ? null : editedOccasion} onDone={() => setEditing(null)} />
      )}
      <Suggested client={client} />
    </section>
  );
}

function Dates({ startsOn, endsOn }: { startsOn: string; endsOn: string }) {
  const { t } = useTranslation();
  const language = useLanguage();
  if (!endsOn || endsOn === startsOn) return <>{formatDate(startsOn, language)}</>;
  return <>{t("editor.occasions.range", { from: formatDate(startsOn, language), to: formatDate(endsOn, language) })}</>;
}

function OccasionRow({ occasion, onEdit }: { occasion: Occasion; onEdit: () => void }) {
  const { t } = useTranslation();
  const remove = useDeleteOccasion();
  const [confirming, setConfirming] = useState(false);
  return (
    <li>
      <span className="grow">
        <strong>{occasion.name}</strong> · <Dates startsOn={occasion.startsOn} endsOn={occasion.endsOn} />{" "}
        {occasion.yearly && <span className="badge">{t("editor.occasions.yearlyBadge")}</span>}
      </span>
      <button type="button" className="subtle" onClick={onEdit}>
        {t("editor.occasions.edit", { name: occasion.name })}
      </button>
      {confirming ? (
        <>
          <button type="button" className="danger" disabled={remove.isPending} onClick={() => remove.mutate(occasion.id)}>
            {t("editor.occasions.confirmDelete", { name: occasion.name })}
          </button>
          <button type="button" onClick={() => setConfirming(false)}>
            {t("common.cancel")}
          </button>
        </>
      ) : (
        <button type="button" className="subtle" onClick={() => setConfirming(true)}>
          {t("editor.occasions.delete", { name: occasion.name })}
        </button>
      )}
      <FormError error={formError(remove.error, [])} />
    </li>
  );
}

function Suggested({ client }: { client: Client }) {
  const { t } = useTranslation();
  const suggested = useSuggestedOccasions(client.id);
  const save = useSaveOccasion(client.id);
  const list = suggested.data ?? [];
  const add = (input: OccasionInput) => save.mutate({ id: null, input });
  return (
    <div className="suggested-occasions">
      <h4>{t("editor.occasions.suggested")}</h4>
      {suggested.error ? (
        <FormError error={formError(suggested.error, [])} />
      ) : list.length === 0 ? (
        <p className="muted">{t("editor.occasions.suggestedNone")}</p>
      ) : (
        <ul className="panel-list">
          {list.map((o, i) => (
            <li key={`${i}-${o.name}-${o.startsOn}`}>
              <span className="grow">
                <strong>{o.name}</strong> · <Dates startsOn={o.startsOn} endsOn={o.endsOn} />{" "}
                {o.yearly && <span className="badge">{t("editor.occasions.yearlyBadge")}</span>}
              </span>
              <button type="button" disabled={save.isPending} onClick={() => add(o)}>
                {t("editor.occasions.addSuggested", { name: o.name })}
              </button>
            </li>
          ))}
        </ul>
      )}
      <FormError error={formError(save.error, [])} />
    </div>
  );
}
