// The skill-transfer plan: what the agency teaches whom, and how far it has
// got. Completing a transfer raises the person's skill in the core, which
// recomputes the split's advice; the screen says so.
import { useState } from "react";
import { useTranslation } from "react-i18next";

import type { Client, Split, Transfer, TransferId } from "../../../bindings";
import { useLanguage } from "../../../lib/i18n";
import { PlanList, RowActions } from "./PlanList";
import { useCompleteTransfer, useDeleteTransfer } from "./queries";
import { TransferCells, TransferHead } from "./TransferCells";
import { TransferForm } from "./TransferForm";
import { levelWord, personName } from "./words";

type Editing = { transfer: Transfer | null } | null;

export function TransfersView({ client, split }: { client: Client; split: Split }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const complete = useCompleteTransfer(client.id);
  const remove = useDeleteTransfer(client.id);
  const [editing, setEditing] = useState<Editing>(null);
  const [confirming, setConfirming] = useState<TransferId | null>(null);
  const [news, setNews] = useState<string | null>(null);

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
    <PlanList
      id="split-transfers-title"
      title={t("splitPlan.title")}
      intro={t("splitPlan.transfers.intro")}
      newLabel={t("splitPlan.transfers.new")}
      onNew={editing ? null : () => startEditing({ transfer: null })}
      news={news}
      error={complete.error ?? remove.error}
      form={
        editing && (
          <TransferForm
            key={editing.transfer?.id ?? "new"}
            clientId={client.id}
            split={split}
            transfer={editing.transfer}
            onSaved={() => setEditing(null)}
            onCancel={() => setEditing(null)}
          />
        )
      }
      empty={split.transfers.length === 0 ? t("splitPlan.transfers.empty") : null}
    >
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
                <RowActions
                  confirming={confirming === transfer.id}
                  question={<span>{t("splitPlan.transfers.confirmDelete", { person, skill })}</span>}
                  confirmLabel={t("splitPlan.transfers.confirmDeleteYes")}
                  pending={remove.isPending}
                  onConfirm={() => remove.mutate(transfer.id, { onSuccess: () => setConfirming(null) })}
                  onCancel={() => setConfirming(null)}
                  onEdit={transfer.status === "done" ? undefined : () => startEditing({ transfer })}
                  onDelete={() => {
                    complete.reset();
                    remove.reset();
                    setConfirming(transfer.id);
                  }}
                >
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
                </RowActions>
              </tr>
            );
          })}
        </tbody>
      </table>
    </PlanList>
  );
}
