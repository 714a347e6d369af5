// The decision log of a client: record what is proposed, find it again with
// filters and search, and record who approved or rejected it, how and when.
import { useState } from "react";
import { useTranslation } from "react-i18next";

import type { Client, DecisionQuery, DecisionStatus, Side, SubjectKind } from "../../bindings";
import { FormError, SelectField } from "../../components/fields";
import { toAppError } from "../../lib/ipc";
import { DecisionCard } from "./DecisionCard";
import { DecisionForm, emptyDecision } from "./DecisionForm";
import { useCreateDecision, useDecisions } from "./queries";
import { SUBJECT_KINDS } from "./subjects";
import "./decisions.css";

const STATUSES: readonly DecisionStatus[] = ["proposed", "approved", "rejected", "superseded"];
const SIDES: readonly Side[] = ["agency", "business"];
const EVERYTHING: DecisionQuery = { status: null, subjectKind: null, proposedBy: null, search: "" };

export function DecisionsScreen({ client, agency }: { client: Client; agency: boolean }) {
  const { t } = useTranslation();
  const create = useCreateDecision(client.id);
  const [creating, setCreating] = useState(false);
  const [status, setStatus] = useState<DecisionStatus | "">("");
  const [subjectKind, setSubjectKind] = useState<SubjectKind | "">("");
  const [proposedBy, setProposedBy] = useState<Side | "">("");
  const [search, setSearch] = useState("");

  const query: DecisionQuery = { status: status || null, subjectKind: subjectKind || null, proposedBy: proposedBy || null, search };
  const filtered = status !== "" || subjectKind !== "" || proposedBy !== "" || search.trim() !== "";
  const decisions = useDecisions(client.id, query);
  // The whole log, unfiltered: what may be superseded, and the titles of linked decisions.
  const all = useDecisions(client.id, EVERYTHING).data ?? [];
  const shown = decisions.data ?? [];
  const shownIds = new Set(shown.map((d) => d.id));

  return (
    <div className="screen decisions">
      <header className="screen-header">
        <h1>{t("decisions.title", { name: client.name })}</h1>
        {!creating && (
          <button type="button" className="primary" onClick={() => setCreating(true)}>
            {t("decisions.add")}
          </button>
        )}
      </header>
      <p className="hint">{t("decisions.intro")}</p>

      {creating && (
        <section className="card" aria-labelledby="new-decision-title">
          <h2 id="new-decision-title">{t("decisions.add")}</h2>
          <DecisionForm
            clientId={client.id}
            initial={emptyDecision(agency ? "agency" : "business")}
            candidates={all.filter((d) => d.status === "approved")}
            submitLabel={t("decisions.addSubmit")}
            error={create.error}
            pending={create.isPending}
            onCancel={() => {
              create.reset();
              setCreating(false);
            }}
            onSubmit={(input) =>
              create.mutate(input, {
                onSuccess: () => {
                  create.reset();
                  setCreating(false);
                },
              })
            }
          />
        </section>
      )}

      <div className="toolbar decision-filters" role="group" aria-label={t("decisions.filters.label")}>
        <input
          type="search"
          aria-label={t("decisions.filters.search")}
          placeholder={t("decisions.filters.searchPlaceholder")}
          value={search}
          onChange={(e) => setSearch(e.target.value)}
        />
        <SelectField label={t("decisions.filters.status")} value={status} onChange={(e) => setStatus(e.target.value as DecisionStatus | "")}>
          <option value="">{t("decisions.filters.allStatuses")}</option>
          {STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`decisions.statuses.${s}`)}
            </option>
          ))}
        </SelectField>
        <SelectField label={t("decisions.filters.subject")} value={subjectKind} onChange={(e) => setSubjectKind(e.target.value as SubjectKind | "")}>
          <option value="">{t("decisions.filters.allSubjects")}</option>
          {SUBJECT_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {t(`decisions.subjects.${kind}`)}
            </option>
          ))}
        </SelectField>
        <SelectField label={t("decisions.filters.proposedBy")} value={proposedBy} onChange={(e) => setProposedBy(e.target.value as Side | "")}>
          <option value="">{t("decisions.filters.allSides")}</option>
          {SIDES.map((side) => (
            <option key={side} value={side}>
              {t(`sides.${side}`)}
            </option>
          ))}
        </SelectField>
      </div>

      {decisions.isError && <FormError error={toAppError(decisions.error)} />}
      {shown.length === 0 && !decisions.isPending && !decisions.isError ? (
        <p className="empty">{filtered ? t("decisions.noMatch") : t("decisions.empty")}</p>
      ) : (
        <section className="decision-list" aria-label={t("decisions.list")} aria-busy={decisions.isFetching || undefined}>
          {shown.map((decision) => (
            <DecisionCard key={decision.id} client={client} decision={decision} agency={agency} all={all} shown={shownIds} />
          ))}
        </section>
      )}
    </div>
  );
}
