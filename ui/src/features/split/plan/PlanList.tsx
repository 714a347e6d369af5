// The frame both lists of the plan share (skill transfers, activities): a
// title with the button that opens a new item's form, a hint, the error of
// the last row action, the open form, then the table or the words for an
// empty list; and each row's actions, where deleting asks in the row first.
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";

import { FormError } from "../../../components/fields";
import { toAppError } from "../../../lib/ipc";
import "./plan.css";

interface PlanListProps {
  /** The heading's id, which names the section. */
  id: string;
  title: string;
  intro: string;
  newLabel: string;
  /** Opens the form for a new item; null while a form is open, which hides the button. */
  onNew: (() => void) | null;
  /** What the last action did, said as a status. */
  news?: string | null;
  error: unknown;
  form: ReactNode;
  /** The words shown instead of the table when the list is empty; null when it has items. */
  empty: string | null;
  children: ReactNode;
}

export function PlanList({ id, title, intro, newLabel, onNew, news = null, error, form, empty, children }: PlanListProps) {
  return (
    <section className="split-plan" aria-labelledby={id}>
      <div className="split-plan-head">
        <h2 id={id}>{title}</h2>
        {onNew && (
          <button type="button" className="primary" onClick={onNew}>
            {newLabel}
          </button>
        )}
      </div>
      <p className="hint">{intro}</p>
      {news && (
        <p role="status" className="saved">
          {news}
        </p>
      )}
      <FormError error={error ? toAppError(error) : undefined} />
      {form}
      {empty !== null ? <p className="empty">{empty}</p> : children}
    </section>
  );
}

interface RowActionsProps {
  /** Whether the row is asking to confirm its deletion. */
  confirming: boolean;
  /** Said before the confirming buttons. */
  question: ReactNode;
  confirmLabel: string;
  pending: boolean;
  onConfirm: () => void;
  onCancel: () => void;
  /** Opens the row's form; undefined when the row cannot be edited. */
  onEdit?: (() => void) | undefined;
  onDelete: () => void;
  /** Buttons before Edit, for what only this list does. */
  children?: ReactNode;
}

export function RowActions({ confirming, question, confirmLabel, pending, onConfirm, onCancel, onEdit, onDelete, children }: RowActionsProps) {
  const { t } = useTranslation();
  return (
    <td>
      {confirming ? (
        <div className="actions">
          {question}
          <button type="button" className="danger" disabled={pending} onClick={onConfirm}>
            {confirmLabel}
          </button>
          <button type="button" onClick={onCancel}>
            {t("common.cancel")}
          </button>
        </div>
      ) : (
        <div className="actions">
          {children}
          {onEdit && (
            <button type="button" onClick={onEdit}>
              {t("common.edit")}
            </button>
          )}
          <button type="button" onClick={onDelete}>
            {t("common.delete")}
          </button>
        </div>
      )}
    </td>
  );
}
