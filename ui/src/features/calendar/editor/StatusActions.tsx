// Where the item stands in the workflow and the steps it may take from there
// (only those: see TRANSITIONS). Approving and asking for changes from review
// are the business's answer: recorded with who (and, in an agency install,
// how and when), and changes need a comment saying what to change.
import { useState } from "react";
import { useTranslation } from "react-i18next";

import type { CalendarItem, Client, ItemStatus } from "../../../bindings";
import { FormActions, FormError, TextArea } from "../../../components/fields";
import { useLanguage } from "../../../lib/i18n";
import { errorFor, formError } from "../../../lib/ipc";
import { ApprovalFields, approvalInput, useApprovalState } from "../../decisions/ApprovalFields";
import { useApproverName } from "../../strategy/approver";
import { useSetItemStatus } from "../queries";
import { formatStamp, isAnswer, TRANSITIONS } from "./model";

type Answer = "approved" | "changes_requested";

export function StatusActions({ client, item, agency, blocked = false }: { client: Client; item: CalendarItem; agency: boolean; blocked?: boolean }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [answer, setAnswer] = useState<Answer | null>(null);
  const setStatus = useSetItemStatus();
  const next = TRANSITIONS[item.status];

  const label = (to: ItemStatus) => {
    if (item.status === "idea" && to === "draft") return t("editor.workflow.ideaToDraft");
    if (item.status === "scheduled" && to === "approved") return t("editor.workflow.unschedule");
    return t(`editor.workflow.to.${to}`);
  };

  const move = (to: ItemStatus) => {
    if (isAnswer(item.status, to)) {
      setAnswer(to as Answer);
      return;
    }
    setAnswer(null);
    setStatus.mutate({ id: item.id, to, approval: null, comment: "" });
  };

  return (
    <section className="item-status" aria-labelledby={`status-${item.id}`}>
      <h3 id={`status-${item.id}`}>{t("editor.workflow.heading", { status: t(`calendar.statuses.${item.status}`) })}</h3>
      {item.decidedBy && item.decidedAt && (
        <p className="hint">{t("editor.workflow.decided", { by: item.decidedBy, date: formatStamp(item.decidedAt, language) })}</p>
      )}
      {next.length === 0 ? (
        <p className="muted">{t("editor.workflow.none")}</p>
      ) : (
        <div className="actions" role="group" aria-label={t("editor.workflow.actions")}>
          {next.map((to) => (
            <button
              key={to}
              type="button"
              className={to === "approved" && item.status === "in_review" ? "primary" : undefined}
              aria-expanded={isAnswer(item.status, to) ? answer === to : undefined}
              disabled={setStatus.isPending || blocked}
              onClick={() => move(to)}
            >
              {label(to)}
            </button>
          ))}
        </div>
      )}
      {blocked && next.length > 0 && <p className="hint">{t("editor.workflow.saveFirst")}</p>}
      <FormError error={answer ? undefined : formError(setStatus.error, [])} />
      {answer && item.status === "in_review" && (
        <AnswerForm key={`${item.id}-${answer}`} client={client} item={item} answer={answer} agency={agency} onDone={() => setAnswer(null)} />
      )}
    </section>
  );
}

function AnswerForm({
  client,
  item,
  answer,
  agency,
  onDone,
}: {
  client: Client;
  item: CalendarItem;
  answer: Answer;
  agency: boolean;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const state = useApprovalState(useApproverName(client.id));
  const [comment, setComment] = useState("");
  const setStatus = useSetItemStatus();
  const approve = answer === "approved";
  const title = approve ? t("editor.workflow.approveTitle", { title: item.title }) : t("editor.workflow.changesTitle", { title: item.title });
  return (
    <form
      className="card answer-form"
      aria-label={title}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        setStatus.mutate(
          { id: item.id, to: answer, approval: approvalInput(state.by, state.via, state.at, agency), comment },
          { onSuccess: onDone },
        );
      }}
    >
      <h4>{title}</h4>
      <ApprovalFields state={state} agency={agency} error={setStatus.error} />
      <TextArea
        label={approve ? t("editor.workflow.approveComment") : t("editor.workflow.changesComment")}
        value={comment}
        onChange={(e) => setComment(e.target.value)}
        error={errorFor(setStatus.error, "comment")}
        required={!approve}
        rows={3}
      />
      <FormError error={formError(setStatus.error, ["comment", "by", "via", "at"])} />
      <FormActions
        submitLabel={approve ? t("editor.workflow.approveConfirm") : t("editor.workflow.changesConfirm")}
        pending={setStatus.isPending}
        onCancel={onDone}
      />
    </form>
  );
}
