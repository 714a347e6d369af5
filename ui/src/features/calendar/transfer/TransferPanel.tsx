// Export (iCalendar, Buffer CSV per channel, full CSV) and import from CSV
// with a preview: every row checked, errors listed by row, nothing written
// until the user confirms a file without errors. Long runs show progress.
import { useState } from "react";
import { useTranslation } from "react-i18next";

import { CHANNELS, type Client, type ImportPreview, type RowError, type TransferProgress } from "../../../bindings";
import { Dialog } from "../../../components/Dialog";
import { FormError, Progress, SelectField } from "../../../components/fields";
import { formatDate } from "../../../lib/format";
import { useLanguage } from "../../../lib/i18n";
import { channelLabel } from "../../../lib/i18n/channels";
import { toAppError } from "../../../lib/ipc";
import { useApplyImport, useExport, usePreviewImport } from "./queries";

const SHOWN_ROWS = 50;

function percent(p: TransferProgress | null): number {
  if (!p || p.total === 0) return 0;
  return Math.round((p.done * 100) / p.total);
}

export function TransferPanel({ client }: { client: Client }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [progress, setProgress] = useState<TransferProgress | null>(null);
  const [bufferChannel, setBufferChannel] = useState<string>("instagram");
  const [pending, setPending] = useState<{ path: string; preview: ImportPreview } | null>(null);
  const exporting = useExport(client.id, setProgress);
  const previewing = usePreviewImport(client.id);
  const applying = useApplyImport(client.id, setProgress);
  const base = client.name.replace(/[^\p{L}\p{N} _-]/gu, "").trim() || "regia";

  const run = (format: Parameters<typeof exporting.mutate>[0]["format"], name: string, filterName: string) => {
    setProgress(null);
    applying.reset();
    exporting.mutate({ format, suggestedName: name, filterName, title: t("transfer.saveTitle") });
  };

  const busy = exporting.isPending || applying.isPending;
  return (
    <section className="card transfer" aria-labelledby="transfer-title">
      <h2 id="transfer-title">{t("transfer.title")}</h2>
      <div className="actions">
        <button type="button" disabled={busy} onClick={() => run({ kind: "ics" }, `${base} - calendario.ics`, t("transfer.icsFilter"))}>
          {t("transfer.exportIcs")}
        </button>
        <button type="button" disabled={busy} onClick={() => run({ kind: "full" }, `${base} - calendario.csv`, t("transfer.csvFilter"))}>
          {t("transfer.exportFull")}
        </button>
      </div>
      <p className="hint">{t("transfer.exportIcsHint")}</p>
      <div className="actions">
        <SelectField label={t("transfer.bufferChannel")} value={bufferChannel} onChange={(e) => setBufferChannel(e.target.value)}>
          {CHANNELS.map((c) => (
            <option key={c} value={c}>
              {channelLabel(c, language)}
            </option>
          ))}
        </SelectField>
        <button
          type="button"
          disabled={busy}
          onClick={() => run({ kind: "buffer", channel: bufferChannel }, `${base} - buffer - ${bufferChannel}.csv`, t("transfer.csvFilter"))}
        >
          {t("transfer.exportBuffer")}
        </button>
      </div>
      {busy && progress && <Progress label={t("transfer.progress")} percent={percent(progress)} />}
      {exporting.data && (
        <p role="status" className="saved">
          {t("transfer.exported", { count: exporting.data.count, path: exporting.data.path })}
        </p>
      )}
      <FormError error={exporting.error ? toAppError(exporting.error) : undefined} />

      <div className="actions">
        <button
          type="button"
          disabled={busy || previewing.isPending}
          onClick={() => {
            applying.reset();
            previewing.mutate({ filterName: t("transfer.csvFilter"), title: t("transfer.openTitle") }, { onSuccess: (result) => setPending(result) });
          }}
        >
          {t("transfer.import")}
        </button>
      </div>
      <p className="hint">{t("transfer.importHint")}</p>
      <FormError error={previewing.error ? toAppError(previewing.error) : undefined} />
      {pending && (
        <ImportReview
          pending={pending}
          busy={applying.isPending}
          onConfirm={() => {
            setProgress(null);
            applying.mutate(pending.path, { onSuccess: () => setPending(null) });
          }}
          onCancel={() => setPending(null)}
        />
      )}
      {applying.isPending && progress && <Progress label={t("transfer.progress")} percent={percent(progress)} />}
      {applying.data !== undefined && (
        <p role="status" className="saved">
          {t("transfer.imported", { count: applying.data })}
        </p>
      )}
      <FormError error={applying.error ? toAppError(applying.error) : undefined} />
    </section>
  );
}

function ImportReview({
  pending,
  busy,
  onConfirm,
  onCancel,
}: {
  pending: { path: string; preview: ImportPreview };
  busy: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { preview } = pending;
  const rowText = (e: RowError) => {
    const known = ["required", "invalid_date", "invalid_time", "invalid_choice", "nonexistent_time", "missing_columns", "too_long"] as const;
    const code = known.find((k) => k === e.code);
    const message = code ? t(`transfer.row.${code}`, { value: e.value.replace("T", " ") }) : t("transfer.row.other", { message: e.message });
    if (e.line === 0) return t("transfer.fileError", { message });
    return t("transfer.rowError", { line: e.line, column: e.column ? ` (${e.column})` : "", message });
  };
  return (
    <Dialog title={t("transfer.previewTitle")} onClose={onCancel}>
      <p className="hint">{t("transfer.detected", { delimiter: preview.delimiter, encoding: preview.encoding })}</p>
      {preview.errors.length > 0 ? (
        <>
          <p role="alert" className="form-error">
            {t("transfer.rowsWithErrors", { count: new Set(preview.errors.map((e) => e.line)).size })}
          </p>
          <ul className="row-errors">
            {preview.errors.slice(0, SHOWN_ROWS).map((e, i) => (
              <li key={i}>{rowText(e)}</li>
            ))}
          </ul>
        </>
      ) : (
        <p>{t("transfer.ready", { count: preview.items.length })}</p>
      )}
      {preview.items.length > 0 && (
        <table className="table">
          <thead>
            <tr>
              <th scope="col">{t("transfer.columns.date")}</th>
              <th scope="col">{t("transfer.columns.time")}</th>
              <th scope="col">{t("transfer.columns.channel")}</th>
              <th scope="col">{t("transfer.columns.title")}</th>
              <th scope="col">{t("transfer.columns.status")}</th>
            </tr>
          </thead>
          <tbody>
            {preview.items.slice(0, SHOWN_ROWS).map((item) => (
              <tr key={item.line}>
                <td>{formatDate(item.date, language)}</td>
                <td>{item.time?.slice(0, 5) ?? ""}</td>
                <td>{channelLabel(item.channel, language)}</td>
                <td>{item.title || item.caption.slice(0, 60)}</td>
                <td>{item.status ? t(`calendar.statuses.${item.status}`) : ""}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {preview.items.length > SHOWN_ROWS && <p className="hint">{t("transfer.more", { count: preview.items.length - SHOWN_ROWS })}</p>}
      <div className="actions">
        <button type="button" className="primary" disabled={busy || preview.errors.length > 0 || preview.items.length === 0} onClick={onConfirm}>
          {t("transfer.confirm", { count: preview.items.length })}
        </button>
        <button type="button" onClick={onCancel}>
          {t("transfer.cancel")}
        </button>
      </div>
    </Dialog>
  );
}
