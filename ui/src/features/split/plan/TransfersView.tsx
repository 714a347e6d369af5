// The skill-transfer plan: what the agency teaches whom, and how far it has
// got. Completing a transfer raises the person's skill in the core, which
// recomputes the split's advice; the screen says so.
import { useState } from "react";
import { useTranslation } from "react-i18next";

import type { Client, Split, Transfer, TransferId } from "../../../bindings";
import { FormError } from "../../../components/fields";
import { useLanguage } from "../../../lib/i18n";
import { toAppError } from "../../../lib/ipc";
import { useCompleteTransfer, useDeleteTransfer } from "./queries";
import { TransferCells, TransferHead } from "./TransferCells";
import { TransferForm } from "./TransferForm";
import { levelWord, personName } from "./words";
import "./plan.css";

type Editing = { transfer: Transfer | null } | null;

export function TransfersView({ client, split }: { client: Client; split: Split }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const complete = useCompleteTransfer(client.id);
  const remove = useDeleteTransfer(client.id);
  const [editing, setEditing] = useState<Editing>(null);
  const [confirming, setConfirming] = useState<TransferId | null>(null);
  const [news, setNews] = useState<string | null>(null);
  const actionError = complete.error ?? remove.error;

  const markDone = (transfer: Transfer) => {
    remove.reset();
    setNews(null);
    complete.mutate(transfer.id, {
      onSuccess: (next) => {
        const person = next.people.find((p) => p.id === transfer.personId);
        setNews(
          t("splitPlan.transfers.completed", {
            person: personName(t, next.people, transfer),
            skill: t(`skills.${transfer.skill}`),
            level: levelWord(t, person?.skills[transfer.skill] ?? transfer.toLevel),
          }),
        );
      },
    });
  };

  const startEditing = (next: Editing) => {
    setNews(null);
    setConfirming(null);
    setEditing(next);
  };

  return (
    <section className="split-plan" aria-labelledby="split-transfers-title">
      <div className="split-plan-head">
        <h2 id="split-transfers-title">{t("splitPlan.title")}</h2>
        {!editing && (
          <button type="button" className="primary" onClick={() => startEditing({ transfer: null })}>
            {t("splitPlan.transfers.new")}
          </button>
        )}
      </div>
      <p className="hint">{t("splitPlan.transfers.intro")}</p>
      {news && (
        <p role="status" className="saved">
          {news}
        </p>
      )}
      <FormError error={actionError ? toAppError(actionError) : undefined} />
      {editing && (
        <TransferForm
          key={editing.transfer?.id ?? "new"}
          clientId={client.id}
          split={split}
          transfer={editing.transfer}
          onSaved={() => setEditing(null)}
          onCancel={() => setEditing(null)}
        />
      )}
      {split.transfers.length === 0 ? (
        <p className="empty">{t("splitPlan.transfers.empty")}</p>
      ) : (
        <table className="table split-transfers" aria-label={t("splitPlan.transfers.table")}>
          <TransferHead t={t} actions />
          <tbody>
            {split.transfers.map((transfer) => {
              const running = transfer.status === "planned" || transfer.status === "in_progress";
              const person = personName(t, split.people, transfer);
              const skill = t(`skills.${transfer.skill}`);
              return (
                <tr key={transfer.id}>
                  <TransferCells t={t} language={language} transfer={transfer} people={split.people} />
                  <td>
                    {confirming === transfer.id ? (
                      <div className="actions">
                        <span>{t("splitPlan.transfers.confirmDelete", { person, skill })}</span>
                        <button
                          type="button"
                          className="danger"
                          disabled={remove.isPending}
                          onClick={() => remove.mutate(transfer.id, { onSuccess: () => setConfirming(null) })}
                        >
                          {t("splitPlan.transfers.confirmDeleteYes")}
                        </button>
                        <button type="button" onClick={() => setConfirming(null)}>
                          {t("common.cancel")}
                        </button>
                      </div>
                    ) : (
                      <div className="actions">
                        {running && (
                          <button
                            type="button"
                            className="primary"
                            disabled={complete.isPending}
                            aria-label={t("splitPlan.transfers.completeNamed", { person, skill })}
                            onClick={() => markDone(transfer)}
                          >
                            {t("splitPlan.transfers.complete")}
                          </button>
                        )}
                        {transfer.status !== "done" && (
                          <button type="button" onClick={() => startEditing({ transfer })}>
                            {t("common.edit")}
                          </button>
                        )}
                        <button
                          type="button"
                          onClick={() => {
                            complete.reset();
                            remove.reset();
                            setConfirming(transfer.id);
                          }}
                        >
                          {t("common.delete")}
                        </button>
                      </div>
                    )}
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
