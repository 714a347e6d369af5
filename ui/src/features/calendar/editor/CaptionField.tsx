// The caption with a live character counter against the strictest limit of
// the chosen channels, and a warning for each channel it is over. Going over
// is allowed (the text is saved); the warning says where it will not fit.
import { useId } from "react";
import { useTranslation } from "react-i18next";

import { FieldError } from "../../../components/fields";
import { formatNumber } from "../../../lib/format";
import { useLanguage } from "../../../lib/i18n";
import type { AppError } from "../../../lib/ipc";
import { captionLength, captionLimit } from "./model";

export function CaptionField({
  value,
  onChange,
  channels,
  channelName,
  error,
  readOnly,
}: {
  value: string;
  onChange: (value: string) => void;
  channels: readonly string[];
  channelName: (key: string) => string;
  error: AppError | undefined;
  readOnly: boolean;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const id = useId();
  const count = captionLength(value);
  const limits = channels
    .map((channel) => ({ channel, limit: captionLimit(channel) }))
    .filter((l): l is { channel: string; limit: number } => l.limit !== null)
    .sort((a, b) => a.limit - b.limit);
  const strictest = limits[0];
  const over = limits.filter((l) => count > l.limit);
  const describedBy = [`${id}-counter`, over.length > 0 ? `${id}-over` : null, error ? `${id}-error` : null].filter(Boolean).join(" ");

  return (
    <div className="field caption-field">
      <label htmlFor={id}>{t("editor.caption")}</label>
      <textarea
        id={id}
        rows={6}
        value={value}
        readOnly={readOnly}
        onChange={(e) => onChange(e.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
      />
      <p id={`${id}-counter`} className={over.length > 0 ? "caption-counter over" : "caption-counter"}>
        {strictest
          ? t("editor.counterOf", {
              n: formatNumber(count, language),
              limit: formatNumber(strictest.limit, language),
              channel: channelName(strictest.channel),
            })
          : t("editor.counter", { n: formatNumber(count, language) })}
      </p>
      <div id={`${id}-over`} aria-live="polite">
        {over.map((l) => (
          <p key={l.channel} className="caption-over">
            <span aria-hidden="true">⚠ </span>
            {t("editor.captionOver", { limit: formatNumber(l.limit, language), channel: channelName(l.channel) })}
          </p>
        ))}
      </div>
      <FieldError id={`${id}-error`} error={error} />
    </div>
  );
}
