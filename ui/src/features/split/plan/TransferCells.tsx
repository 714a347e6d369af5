// One transfer as table cells, shared by the screen and the printed
// document (which passes a `t` fixed to the client's language).
import type { TFunction } from "i18next";

import type { Language, Person, Transfer } from "../../../bindings";
import { formatDate } from "../../../lib/format";
import { levelWord, personName } from "./words";

export function TransferHead({ t, actions = false }: { t: TFunction; actions?: boolean }) {
  return (
    <thead>
      <tr>
        <th scope="col">{t("splitPlan.transfers.columns.person")}</th>
        <th scope="col">{t("splitPlan.transfers.columns.skill")}</th>
        <th scope="col">{t("splitPlan.transfers.columns.levels")}</th>
        <th scope="col">{t("splitPlan.transfers.columns.sessions")}</th>
        <th scope="col">{t("splitPlan.transfers.columns.dueDate")}</th>
        <th scope="col">{t("splitPlan.transfers.columns.status")}</th>
        {actions && <th scope="col">{t("splitPlan.transfers.columns.actions")}</th>}
      </tr>
    </thead>
  );
}

export function TransferCells({ t, language, transfer, people }: { t: TFunction; language: Language; transfer: Transfer; people: readonly Person[] }) {
  return (
    <>
      <th scope="row">{personName(t, people, transfer)}</th>
      <td>{t(`skills.${transfer.skill}`)}</td>
      <td>{t("splitPlan.transfers.fromTo", { from: levelWord(t, transfer.fromLevel), to: levelWord(t, transfer.toLevel) })}</td>
      <td className="number">{transfer.sessions}</td>
      <td>{formatDate(transfer.dueDate, language)}</td>
      <td>
        <span className={`badge transfer-${transfer.status}`}>{t(`splitPlan.transfers.statuses.${transfer.status}`)}</span>
      </td>
    </>
  );
}
