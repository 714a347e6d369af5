// What an import would do: how many values, how many replace recorded ones,
// the values themselves, and every bad cell by line and column in words.
import type { TFunction } from "i18next";
import { useTranslation } from "react-i18next";

import type { MeasurementImport, Monitoring, RowError } from "../../../bindings";
import { formatNumber } from "../../../lib/format";
import { useLanguage } from "../../../lib/i18n";
import { channelNameOf, metricNameOf } from "./labels";
import { periodLong } from "./periods";
import type { monitoringValuesStrings } from "./strings";

type RowKey = keyof typeof monitoringValuesStrings.it.import.row;

const SHOWN = 50;

/** A bad cell in words: the core's code and the cell as written, never its English message unless nothing else fits. */
function rowMessage(t: TFunction, error: RowError, preview: MeasurementImport): string {
  const value = error.value;
  const row = (key: RowKey) => t(`monitoringValues.import.row.${key}`, { value, message: error.message });
  switch (error.code) {
    case "invalid_number":
    case "negative":
    case "invalid_date":
      return row(error.code);
    case "invalid_choice":
      // On the whole file with a column: a metric the client does not have; otherwise a channel.
      return row(error.line === 0 && error.column ? "unknown_metric" : "unknown_channel");
    case "out_of_range":
      return row(error.line === 0 ? "missing_column" : "too_large");
    case "missing_columns":
      return row(preview.headers.length === 0 ? "empty_file" : "no_metric");
    case "wrong_kind":
      return row("unreadable");
    default:
      return row("other");
  }
}

export function rowErrorText(t: TFunction, error: RowError, preview: MeasurementImport): string {
  const message = rowMessage(t, error, preview);
  if (error.line === 0) return t("monitoringValues.import.fileError", { message });
  if (!error.column) return t("monitoringValues.import.lineError", { line: error.line, message });
  return t("monitoringValues.import.rowError", { line: error.line, column: error.column, message });
}

export function ImportPreview({ monitoring, preview }: { monitoring: Monitoring; preview: MeasurementImport }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { values, errors } = preview;
  const replacing = values.filter((v) => v.existing !== null).length;
  const badRows = new Set(errors.filter((e) => e.line > 0).map((e) => e.line)).size;
  const number = (n: number | null) => (n === null ? "" : formatNumber(n, language));

  return (
    <div className="values-preview">
      <p>{t("monitoringValues.import.ready", { count: values.length })}</p>
      {replacing > 0 && <p>{t("monitoringValues.import.replacing", { count: replacing })}</p>}
      {errors.length > 0 && (
        <>
          <p role="alert" className="form-error">
            {badRows > 0 ? t("monitoringValues.import.rowsWithErrors", { count: badRows }) : t("monitoringValues.import.fileProblems")}
          </p>
          <ul className="row-errors">
            {errors.slice(0, SHOWN).map((e, i) => (
              <li key={i}>{rowErrorText(t, e, preview)}</li>
            ))}
          </ul>
          {errors.length > SHOWN && <p className="hint">{t("monitoringValues.import.more", { count: errors.length - SHOWN })}</p>}
        </>
      )}
      {values.length > 0 && (
        <div className="values-import-scroll">
          <table className="table values-preview-table" aria-label={t("monitoringValues.import.values")}>
            <thead>
              <tr>
                <th scope="col">{t("monitoringValues.import.columns.period")}</th>
                <th scope="col">{t("monitoringValues.import.columns.channel")}</th>
                <th scope="col">{t("monitoringValues.import.columns.metric")}</th>
                <th scope="col" className="number">
                  {t("monitoringValues.import.columns.value")}
                </th>
                <th scope="col">{t("monitoringValues.import.columns.change")}</th>
              </tr>
            </thead>
            <tbody>
              {values.slice(0, SHOWN).map((v) => (
                <tr key={`${v.startsOn}|${v.channel}|${v.metric}`}>
                  <td>{periodLong(t, v.period, v.startsOn, language)}</td>
                  <td>{channelNameOf(t, monitoring, v.channel, language)}</td>
                  <td>{metricNameOf(t, monitoring, v.metric)}</td>
                  <td className="number">{number(v.value)}</td>
                  <td>
                    {v.existing === null
                      ? t("monitoringValues.import.added")
                      : t("monitoringValues.import.change", { old: number(v.existing), new: number(v.value) })}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {values.length > SHOWN && <p className="hint">{t("monitoringValues.import.more", { count: values.length - SHOWN })}</p>}
    </div>
  );
}
