// A labelled group of radios with a hint and its error under it. An option
// may be disabled with the reason why, read with it by screen readers.
import { useId } from "react";

import { FieldError } from "../../../components/fields";
import type { AppError } from "../../../lib/ipc";

export type RadioOption<V extends string> = { value: V; label: string; disabledBecause?: string | undefined };

export function RadioGroup<V extends string>({
  label,
  options,
  value,
  onChange,
  hint,
  error,
}: {
  label: string;
  options: readonly RadioOption<V>[];
  value: V | null;
  onChange: (value: V) => void;
  hint?: string | undefined;
  error?: AppError | undefined;
}) {
  const id = useId();
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
  return (
    <fieldset className="inline review-radios" role="radiogroup" aria-label={label} aria-describedby={describedBy} aria-invalid={error ? true : undefined}>
      <legend>{label}</legend>
      {options.map((o) => (
        <label key={o.value} className={o.disabledBecause ? "muted" : undefined}>
          <input
            type="radio"
            name={id}
            value={o.value}
            checked={value === o.value}
            disabled={Boolean(o.disabledBecause)}
            aria-describedby={o.disabledBecause ? `${id}-${o.value}-why` : undefined}
            onChange={() => onChange(o.value)}
          />
          {o.label}
        </label>
      ))}
      {options
        .filter((o) => o.disabledBecause)
        .map((o) => (
          <p key={o.value} id={`${id}-${o.value}-why`} className="hint">
            {o.disabledBecause}
          </p>
        ))}
      {hint && (
        <p id={`${id}-hint`} className="hint">
          {hint}
        </p>
      )}
      <FieldError id={`${id}-error`} error={error} />
    </fieldset>
  );
}
