// One decision of the log, and what can be done to it while it is proposed:
// edit, delete, approve or reject. A decided decision is a record, read only.
import { useState } from "react";
import { useTranslation } from "react-i18next";

import type { Client, Decision, DecisionId, Outcome } from "../../bindings";
import { FormActions, FormError } from "../../components/fields";
import { formatDateTime } from "../../lib/format";
import { useLanguage } from "../../lib/i18n";
import { channelLabel } from "../../lib/i18n/channels";
import { formError } from "../../lib/ipc";
import { useApproverName } from "../strategy/approver";
import { ApprovalFields, approvalInput, useApprovalState } from "./ApprovalFields";
import { DecisionForm, decisionInput } from "./DecisionForm";
import { useDecideDecision, useDeleteDecision, useUpdateDecision } from "./queries";

type Mode = "view" | "edit" | "delete" | Outcome;

export const titleId = (id: DecisionId) => `decision-${id}-title`;

interface Props {
  client: Client;
  decision: Decision;
  agency: boolean;
  /** Every decision of the client, to name the ones this one is linked to. */
  all: Decision[];
  /** Ids of the decisions on screen: links only go to those. */
  shown: ReadonlySet<DecisionId>;
}

export function DecisionCard({ client, decision: d, agency, all, shown }: Props) {
  const { t } = useTranslation();
  const language = useLanguage();
  const update = useUpdateDecision(client.id);
  const remove = useDeleteDecision(client.id);
  const [mode, setMode] = useState<Mode>("view");
  const proposed = d.status === "proposed";

  const close = () => {
    update.reset();
    remove.reset();
    setMode("view");
  };

  return (
    <article className="card decision" aria-labelledby={titleId(d.id)}>
      <header className="decision-head">
        <h2 id={titleId(d.id)} tabIndex={-1}>
          {d.title}
        </h2>
        <span className={`badge decision-${d.status}`}>{t(`decisions.statuses.${d.status}`)}</span>
      </header>
      {mode === "edit" ? (
        <DecisionForm
          clientId={client.id}
          initial={decisionInput(d)}
          subjectLabel={d.subjectLabel}
          candidates={all.filter((o) => o.status === "approved" || o.id === d.supersedes)}
          submitLabel={t("common.save")}
          error={update.error}
          pending={update.isPending}
          onCancel={close}
          onSubmit={(input) => update.mutate({ id: d.id, input }, { onSuccess: () => setMode("view") })}
        />
      ) : (
        <>
          <p className="muted decision-meta">
            {t("decisions.card.proposedBy")}: {t(`sides.${d.proposedBy}`)} · {t("decisions.card.recordedAt", { date: formatDateTime(d.createdAt, language) })}
          </p>
          <DecisionDetails decision={d} />
          <Decided decision={d} />
          <Links decision={d} all={all} shown={shown} />
        </>
      )}
      {proposed && mode === "view" && (
        <div className="actions">
          <button type="button" onClick={() => setMode("edit")}>
            {t("common.edit")}
          </button>
          <button type="button" onClick={() => setMode("delete")}>
            {t("common.delete")}
          </button>
          <button type="button" onClick={() => setMode("approve")}>
            {t("decisions.actions.approve")}
          </button>
          <button type="button" onClick={() => setMode("reject")}>
            {t("decisions.actions.reject")}
          </button>
        </div>
      )}
      {proposed && mode === "delete" && (
        <>
          <div className="actions">
            <button type="button" className="danger" disabled={remove.isPending} onClick={() => remove.mutate(d.id)}>
              {t("decisions.actions.confirmDelete", { title: d.title })}
            </button>
            <button type="button" onClick={close}>
              {t("common.cancel")}
            </button>
          </div>
          <FormError error={formError(remove.error, [])} />
        </>
      )}
      {proposed && (mode === "approve" || mode === "reject") && (
        <AnswerPanel client={client} decision={d} outcome={mode} agency={agency} onDone={close} />
      )}
    </article>
  );
}

function DecisionDetails({ decision: d }: { decision: Decision }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const subject = d.subject && (d.subject.kind === "channel" ? channelLabel(d.subjectLabel, language) : d.subjectLabel);
  return (
    <dl className="decision-details">
      {d.subject && (
        <>
          <dt>{t("decisions.card.subject")}</dt>
          <dd>
            {t(`decisions.subjects.${d.subject.kind}`)}: {subject}
          </dd>
        </>
      )}
      {d.context && (
        <>
          <dt>{t("decisions.card.context")}</dt>
          <dd className="prose">{d.context}</dd>
        </>
      )}
      {d.options.length > 0 && (
        <>
          <dt>{t("decisions.card.options")}</dt>
          <dd>
            <ul>
              {d.options.map((option, i) => (
                <li key={i}>{option}</li>
              ))}
            </ul>
          </dd>
        </>
      )}
      {d.choice && (
        <>
          <dt>{t("decisions.card.choice")}</dt>
          <dd className="prose">{d.choice}</dd>
        </>
      )}
      {d.rationale && (
        <>
          <dt>{t("decisions.card.rationale")}</dt>
          <dd className="prose">{d.rationale}</dd>
        </>
      )}
    </dl>
  );
}

/** Who decided, how and when; a superseded decision had been approved. */
function Decided({ decision: d }: { decision: Decision }) {
  const { t } = useTranslation();
  const language = useLanguage();
  if (d.status === "proposed" || !d.decidedAt) return null;
  const values = { date: formatDateTime(d.decidedAt, language), by: d.decidedBy ?? "" };
  const rejected = d.status === "rejected";
  const text = d.decidedVia
    ? t(rejected ? "decisions.card.rejectedOn" : "decisions.card.approvedOn", { ...values, via: t(`approval.vias.${d.decidedVia}`) })
    : t(rejected ? "decisions.card.rejectedOnNoVia" : "decisions.card.approvedOnNoVia", values);
  return <p className="decision-decided">{text}</p>;
}

function Links({ decision: d, all, shown }: { decision: Decision; all: Decision[]; shown: ReadonlySet<DecisionId> }) {
  const { t } = useTranslation();
  const links = [
    { id: d.supersededBy, key: "decisions.card.supersededBy" as const },
    { id: d.supersedes, key: "decisions.card.supersedes" as const },
  ].flatMap(({ id, key }) => {
    const other = id ? all.find((o) => o.id === id) : undefined;
    return other ? [{ other, text: t(key, { title: other.title }) }] : [];
  });
  if (links.length === 0) return null;
  return (
    <ul className="decision-links">
      {links.map(({ other, text }) => (
        <li key={other.id}>
          {shown.has(other.id) ? (
            <button type="button" className="link" onClick={() => document.getElementById(titleId(other.id))?.focus()}>
              {text}
            </button>
          ) : (
            text
          )}
        </li>
      ))}
    </ul>
  );
}

function AnswerPanel({
  client,
  decision,
  outcome,
  agency,
  onDone,
}: {
  client: Client;
  decision: Decision;
  outcome: Outcome;
  agency: boolean;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const state = useApprovalState(useApproverName(client.id));
  const decide = useDecideDecision(client.id);
  const approve = outcome === "approve";
  const title = t(approve ? "decisions.answer.approveTitle" : "decisions.answer.rejectTitle", { title: decision.title });
  const confirm = agency
    ? t(approve ? "decisions.answer.recordApproval" : "decisions.answer.recordRejection")
    : t(approve ? "decisions.answer.approve" : "decisions.answer.reject");
  return (
    <form
      className="decision-answer"
      aria-label={title}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        decide.mutate(
          { id: decision.id, outcome, approval: approvalInput(state.by, state.via, state.at, agency) },
          { onSuccess: onDone },
        );
      }}
    >
      <h3>{title}</h3>
      <ApprovalFields state={state} agency={agency} error={decide.error} />
      <FormError error={formError(decide.error, ["by", "via", "at"])} />
      <FormActions submitLabel={confirm} pending={decide.isPending} onCancel={onDone} variant={approve ? "primary" : "danger"} />
    </form>
  );
}
