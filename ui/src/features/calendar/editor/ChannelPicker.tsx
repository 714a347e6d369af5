// The channels of a new content, as checkboxes: one item per channel checked,
// created as linked variants. The plan's channels come first; the rest of the
// catalog is one click away (and always shown once one of them is checked).
import { useId, useState } from "react";
import { useTranslation } from "react-i18next";

import { FieldError } from "../../../components/fields";
import type { AppError } from "../../../lib/ipc";
import type { ChannelOption } from "./channels";

export function ChannelPicker({
  options,
  value,
  onChange,
  error,
}: {
  options: readonly ChannelOption[];
  value: readonly string[];
  onChange: (channels: string[]) => void;
  error: AppError | undefined;
}) {
  const { t } = useTranslation();
  const id = useId();
  const planned = options.filter((o) => o.inPlan);
  const [showAll, setShowAll] = useState(false);
  const others = options.filter((o) => !o.inPlan);
  const shown = planned.length === 0 || showAll ? options : [...planned, ...others.filter((o) => value.includes(o.key))];
  const toggle = (key: string, on: boolean) => onChange(on ? [...value, key] : value.filter((k) => k !== key));

  return (
    <fieldset className="channel-picker" aria-describedby={[`${id}-hint`, error ? `${id}-error` : null].filter(Boolean).join(" ")}>
      <legend>{t("editor.channels")}</legend>
      <p id={`${id}-hint`} className="hint">
        {t("editor.channelsHint")}
      </p>
      <div className="choices">
        {shown.map((o) => (
          <label key={o.key}>
            <input type="checkbox" checked={value.includes(o.key)} onChange={(e) => toggle(o.key, e.target.checked)} />
            {o.label}
          </label>
        ))}
        {planned.length > 0 && !showAll && shown.length < options.length && (
          <button type="button" className="link" onClick={() => setShowAll(true)}>
            {t("editor.otherChannels")}
          </button>
        )}
      </div>
      <FieldError id={`${id}-error`} error={error} />
    </fieldset>
  );
}
