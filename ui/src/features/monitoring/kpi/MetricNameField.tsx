// A custom metric's name field. The shared words for a duplicate name speak
// of clients: this one says it is a metric's name that is taken.
import { useId, type InputHTMLAttributes } from "react";
import { useTranslation } from "react-i18next";

import { TextField } from "../../../components/fields";
import type { AppError } from "../../../lib/ipc";

export function MetricNameField({ error, ...input }: { label: string; error: AppError | undefined } & InputHTMLAttributes<HTMLInputElement>) {
  const { t } = useTranslation();
  const duplicateId = useId();
  const duplicate = error?.code === "duplicate_name";
  return (
    <div className="metric-name">
      <TextField
        autoComplete="off"
        error={duplicate ? undefined : error}
        {...input}
        {...(duplicate ? { "aria-invalid": true, "aria-describedby": duplicateId } : {})}
      />
      {duplicate && (
        <p id={duplicateId} className="field-error" role="alert">
          {t("monitoringKpi.metrics.duplicateName")}
        </p>
      )}
    </div>
  );
}
