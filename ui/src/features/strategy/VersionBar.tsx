// Where the strategy stands, and the next step: submit the draft, withdraw
// it, record the business's answer (approve or ask for changes), print the
// version in force.
import { useState } from "react";
import { useTranslation } from "react-i18next";

import { commands, type Client, type Strategy, type VersionSummary } from "../../bindings";
import { FormActions, FormError, TextArea } from "../../components/fields";
import { formatDateTime } from "../../lib/format";
import { useLanguage } from "../../lib/i18n";
import { errorFor, formError } from "../../lib/ipc";
import { useNavigation } from "../app/navigation";
import { ApprovalFields, approvalInput, useApprovalState } from "../decisions/ApprovalFields";
import { useApproverName } from "./approver";
import { useStrategyEdit } from "./queries";

type Answer = "approve" | "changes";

export function VersionBar({ client, strategy, agency }: { client: Client; strategy: Strategy; agency?: boolean }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { navigate } = useNavigation();
  const [answer, setAnswer] = useState<Answer | null>(null);
  const submit = useStrategyEdit(client.id, () => commands.submitStrategy(client.id));
  const withdraw = useStrategyEdit(client.id, (v: VersionSummary) => commands.withdrawStrategyVersion(v.id));
  const open = strategy.openVersion;
  const inForce = strategy.versions.find((v) => v.status === "approved");
  const date = (iso: string | null) => (iso ? formatDateTime(iso, language) : "");
  const d = strategy.document;
  const empty = !d.mission && d.segments.length + d.cards.length + d.objectives.length + d.pillars.length + d.channels.length === 0;

  return (
    <section className="version-bar" aria-label={t("strategy.versions.title")}>
      <div className="version-bar-text">
        {inForce && (
          <p>
            {t("strategy.bar.inForce", { number: inForce.number, date: date(inForce.decidedAt), by: inForce.decidedBy ?? "" })}
          </p>
        )}
        {open?.status === "draft" && <p>{t("strategy.bar.draft", { number: open.number })}</p>}
        {open?.status === "submitted" && (
          <p>
            {t("strategy.bar.submitted", { number: open.number, date: date(open.submittedAt), by: open.submittedBy ?? "" })}
          </p>
        )}
        {!open && !inForce && <p className="muted">{empty ? t("strategy.bar.empty") : t("strategy.bar.none")}</p>}
        {!open && inForce && <p className="muted">{t("strategy.bar.none")}</p>}
        <FormError error={formError(submit.error ?? withdraw.error, [])} />
      </div>
      <div className="version-bar-actions">
        {open?.status === "draft" && (
          <button type="button" className="primary" disabled={submit.isPending} onClick={() => submit.mutate(undefined)}>
            {t("strategy.bar.submit")}
          </button>
        )}
        {open?.status === "submitted" && (
          <>
            <button type="button" className="primary" aria-expanded={answer === "approve"} onClick={() => setAnswer("approve")}>
              {t("strategy.bar.approve", { number: open.number })}
            </button>
            <button type="button" aria-expanded={answer === "changes"} onClick={() => setAnswer("changes")}>
              {t("strategy.bar.requestChanges")}
            </button>
            <button type="button" disabled={withdraw.isPending} onClick={() => withdraw.mutate(open)}>
              {t("strategy.bar.withdraw")}
            </button>
          </>
        )}
        {inForce && (
          <button type="button" onClick={() => navigate({ screen: "print-strategy", clientId: client.id, versionId: inForce.id })}>
            {t("strategy.bar.print")}
          </button>
        )}
      </div>
      {open?.status === "submitted" && answer && (
        <AnswerForm
          key={`${open.id}-${answer}`}
          client={client}
          version={open}
          answer={answer}
          agency={agency ?? false}
          onDone={() => setAnswer(null)}
        />
      )}
    </section>
  );
}

function AnswerForm({
  client,
  version,
  answer,
  agency,
  onDone,
}: {
  client: Client;
  version: VersionSummary;
  answer: Answer;
  agency: boolean;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const state = useApprovalState(useApproverName(client.id));
  const [comment, setComment] = useState("");
  const approve = useStrategyEdit(client.id, () =>
    commands.approveStrategyVersion(version.id, approvalInput(state.by, state.via, state.at, agency)),
  );
  const changes = useStrategyEdit(client.id, () =>
    commands.requestStrategyChanges(version.id, comment, approvalInput(state.by, state.via, state.at, agency)),
  );
  const mutation = answer === "approve" ? approve : changes;
  const title = answer === "approve" ? t("strategy.approveTitle", { number: version.number }) : t("strategy.changesTitle", { number: version.number });
  return (
    <form
      className="card answer-form"
      aria-label={title}
      onSubmit={(e) => {
        e.preventDefault();
        mutation.mutate(undefined, { onSuccess: onDone });
      }}
    >
      <h2>{title}</h2>
      {answer === "changes" && (
        <TextArea
          label={t("strategy.changesComment")}
          value={comment}
          onChange={(e) => setComment(e.target.value)}
          error={errorFor(mutation.error, "comment")}
        />
      )}
      <ApprovalFields state={state} agency={agency} error={mutation.error} />
      <FormError error={formError(mutation.error, ["comment", "by", "via", "at"])} />
      <FormActions submitLabel={answer === "approve" ? t("strategy.approveConfirm") : t("strategy.changesConfirm")} pending={mutation.isPending} onCancel={onDone} />
    </form>
  );
}
