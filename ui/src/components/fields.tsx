// Labelled form controls. Each shows its error right under itself, tied to the
// control with aria-describedby so screen readers read it too.
import { useId, type InputHTMLAttributes, type ReactNode, type SelectHTMLAttributes, type TextareaHTMLAttributes } from "react";

import { useTranslation } from "react-i18next";

import { useErrorText } from "../lib/i18n";
import type { AppError } from "../lib/ipc";

interface Common {
  label: string;
  error?: AppError | undefined;
  hint?: string | undefined;
}

export function FieldError({ id, error }: { id: string; error?: AppError | undefined }) {
  const text = useErrorText();
  if (!error) return null;
  return (
    <p id={id} className="field-error" role="alert">
      {text(error)}
    </p>
  );
}

function useDescribedBy(error: AppError | undefined, hint: string | undefined) {
  const id = useId();
  const errorId = `${id}-error`;
  const hintId = `${id}-hint`;
  const describedBy = [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(" ") || undefined;
  return { id, errorId, hintId, describedBy };
}

export function TextField({ label, error, hint, ...input }: Common & InputHTMLAttributes<HTMLInputElement>) {
  const ids = useDescribedBy(error, hint);
  return (
    <div className="field">
      <label htmlFor={ids.id}>{label}</label>
      <input id={ids.id} type="text" aria-invalid={error ? true : undefined} aria-describedby={ids.describedBy} {...input} />
      {hint && <p id={ids.hintId} className="hint">{hint}</p>}
      <FieldError id={ids.errorId} error={error} />
    </div>
  );
}

export function TextArea({ label, error, hint, ...input }: Common & TextareaHTMLAttributes<HTMLTextAreaElement>) {
  const ids = useDescribedBy(error, hint);
  return (
    <div className="field">
      <label htmlFor={ids.id}>{label}</label>
      <textarea id={ids.id} aria-invalid={error ? true : undefined} aria-describedby={ids.describedBy} rows={4} {...input} />
      {hint && <p id={ids.hintId} className="hint">{hint}</p>}
      <FieldError id={ids.errorId} error={error} />
    </div>
  );
}

export function SelectField({
  label,
  error,
  hint,
  children,
  ...select
}: Common & SelectHTMLAttributes<HTMLSelectElement> & { children: ReactNode }) {
  const ids = useDescribedBy(error, hint);
  return (
    <div className="field">
      <label htmlFor={ids.id}>{label}</label>
      <select id={ids.id} aria-invalid={error ? true : undefined} aria-describedby={ids.describedBy} {...select}>
        {children}
      </select>
      {hint && <p id={ids.hintId} className="hint">{hint}</p>}
      <FieldError id={ids.errorId} error={error} />
    </div>
  );
}

/** The submit and cancel buttons at the foot of a form. */
export function FormActions({
  submitLabel,
  pending = false,
  onCancel,
  variant = "primary",
}: {
  submitLabel: string;
  pending?: boolean;
  onCancel: () => void;
  variant?: "primary" | "danger";
}) {
  const { t } = useTranslation();
  return (
    <div className="actions">
      <button type="submit" className={variant} disabled={pending}>
        {submitLabel}
      </button>
      <button type="button" onClick={onCancel}>
        {t("common.cancel")}
      </button>
    </div>
  );
}

/** An error that belongs to the whole form, not one field. */
export function FormError({ error }: { error?: AppError | undefined }) {
  const text = useErrorText();
  if (!error) return null;
  return (
    <p className="form-error" role="alert">
      {text(error)}
    </p>
  );
}

export function Progress({ label, percent }: { label: string; percent: number }) {
  return (
    <div className="progress" role="progressbar" aria-label={label} aria-valuemin={0} aria-valuemax={100} aria-valuenow={percent}>
      <div className="progress-track">
        <div className="progress-bar" style={{ width: `${percent}%` }} />
      </div>
      <span className="progress-text">{percent}%</span>
    </div>
  );
}
