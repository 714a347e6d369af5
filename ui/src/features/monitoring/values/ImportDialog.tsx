// The import's preview: what Regia detected in the file, its first rows, the
// columns mapped to the date, the channel and the metrics (Regia's guess,
// which the user corrects; every change previews again), then every value
// it would write and every bad cell. Importing is possible only without
// errors.
import { useState } from "react";
import { useTranslation } from "react-i18next";

import type { ClientId, ImportMapping, MeasurementImport, Monitoring, Period } from "../../../bindings";
import { Dialog } from "../../../components/Dialog";
import { FormError, SelectField } from "../../../components/fields";
import { useLanguage } from "../../../lib/i18n";
import { toAppError } from "../../../lib/ipc";
import { ImportPreview } from "./ImportPreview";
import { channelOption, metricName } from "./labels";
import { PERIODS } from "./periods";
import { useApplyValues, usePreviewValues } from "./queries";

export function ImportDialog({
  clientId,
  monitoring,
  path,
  first,
  onImported,
  onCancel,
}: {
  clientId: ClientId;
  monitoring: Monitoring;
  path: string;
  first: MeasurementImport;
  onImported: (count: number) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const [preview, setPreview] = useState(first);
  const [mapping, setMapping] = useState(first.mapping);
  const previewing = usePreviewValues(clientId);
  const applying = useApplyValues(clientId);

  const remap = (next: ImportMapping) => {
    setMapping(next);
    applying.reset();
    // Only the latest call's callback runs: an older preview never wins.
    previewing.mutate({ path, mapping: next }, { onSuccess: setPreview });
  };

  const { headers } = preview;
  const header = (column: number) => headers[column] || t("monitoringValues.import.column", { number: column + 1 });
  const columns = headers.map((_, i) => i);
  const metricOf = (column: number) => mapping.metrics.find((m) => m.column === column)?.metric ?? "";
  const withoutColumn = (column: number | null) => mapping.metrics.filter((m) => m.column !== column);

  const setDateColumn = (column: number) =>
    remap({
      ...mapping,
      dateColumn: column,
      channelColumn: mapping.channelColumn === column ? null : mapping.channelColumn,
      metrics: withoutColumn(column),
    });
  const setChannelColumn = (column: number | null) => remap({ ...mapping, channelColumn: column, metrics: withoutColumn(column) });
  const setMetric = (column: number, metric: string) =>
    remap({
      ...mapping,
      metrics: [...withoutColumn(column), ...(metric ? [{ column, metric }] : [])].sort((a, b) => a.column - b.column),
    });

  const busy = previewing.isPending || applying.isPending;
  const count = preview.values.length;
  return (
    <Dialog title={t("monitoringValues.import.title")} onClose={onCancel}>
      <div className="values-import-dialog">
        <p className="hint">
          {t("monitoringValues.import.detected", { delimiter: preview.delimiter, encoding: preview.encoding, count: preview.rows })}
        </p>
        {headers.length > 0 && (
          <div className="values-import-scroll">
            <table className="table values-sample" aria-label={t("monitoringValues.import.sample")}>
              <thead>
                <tr>
                  {columns.map((c) => (
                    <th key={c} scope="col">
                      {header(c)}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {preview.sample.map((row, r) => (
                  <tr key={r}>
                    {columns.map((c) => (
                      <td key={c}>{row[c] ?? ""}</td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}

        {headers.length > 0 && (
          <fieldset className="values-mapping">
            <legend>{t("monitoringValues.import.mapping")}</legend>
            <SelectField
              label={t("monitoringValues.import.dateColumn")}
              value={mapping.dateColumn}
              onChange={(e) => setDateColumn(Number(e.target.value))}
            >
              {columns.map((c) => (
                <option key={c} value={c}>
                  {header(c)}
                </option>
              ))}
            </SelectField>
            <SelectField
              label={t("monitoringValues.import.channelColumn")}
              value={mapping.channelColumn ?? ""}
              onChange={(e) => setChannelColumn(e.target.value === "" ? null : Number(e.target.value))}
            >
              <option value="">{t("monitoringValues.import.noChannelColumn")}</option>
              {columns
                .filter((c) => c !== mapping.dateColumn)
                .map((c) => (
                  <option key={c} value={c}>
                    {header(c)}
                  </option>
                ))}
            </SelectField>
            {mapping.channelColumn === null && <FileChannel monitoring={monitoring} value={mapping.channel} onChange={(channel) => remap({ ...mapping, channel })} />}
            <SelectField
              label={t("monitoringValues.import.period")}
              hint={t("monitoringValues.import.periodHint")}
              value={mapping.period}
              onChange={(e) => remap({ ...mapping, period: e.target.value as Period })}
            >
              {PERIODS.map((p) => (
                <option key={p} value={p}>
                  {t(`monitoring.periods.${p}`)}
                </option>
              ))}
            </SelectField>
            {columns
              .filter((c) => c !== mapping.dateColumn && c !== mapping.channelColumn)
              .map((c) => (
                <SelectField
                  key={c}
                  label={t("monitoringValues.import.metricOf", { header: header(c) })}
                  value={metricOf(c)}
                  onChange={(e) => setMetric(c, e.target.value)}
                >
                  <option value="">{t("monitoringValues.import.skip")}</option>
                  {metricOf(c) && !monitoring.metrics.some((m) => m.key === metricOf(c)) && <option value={metricOf(c)}>{metricOf(c)}</option>}
                  {monitoring.metrics.map((m) => (
                    <option key={m.key} value={m.key}>
                      {metricName(t, m)}
                    </option>
                  ))}
                </SelectField>
              ))}
          </fieldset>
        )}

        <div aria-busy={previewing.isPending}>
          <ImportPreview monitoring={monitoring} preview={preview} />
        </div>
        <FormError error={previewing.error ? toAppError(previewing.error) : undefined} />
        <FormError error={applying.error ? toAppError(applying.error) : undefined} />
        <div className="actions">
          <button
            type="button"
            className="primary"
            disabled={busy || previewing.isError || preview.errors.length > 0 || count === 0}
            onClick={() => applying.mutate({ path, mapping }, { onSuccess: onImported })}
          >
            {t("monitoringValues.import.confirm", { count })}
          </button>
          <button type="button" onClick={onCancel}>
            {t("monitoringValues.import.cancel")}
          </button>
        </div>
      </div>
    </Dialog>
  );
}

function FileChannel({ monitoring, value, onChange }: { monitoring: Monitoring; value: string; onChange: (channel: string) => void }) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <SelectField label={t("monitoringValues.import.fileChannel")} value={value} onChange={(e) => onChange(e.target.value)}>
      {monitoring.channels.map((c) => (
        <option key={c.key} value={c.key}>
          {channelOption(t, c, language)}
        </option>
      ))}
    </SelectField>
  );
}
