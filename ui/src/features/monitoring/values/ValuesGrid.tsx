// One channel's values as a spreadsheet: a row per metric, a column per
// period. Every cell is a text field; typing and Enter (or leaving the cell)
// saves, Enter also moves down, Escape puts back what is stored, arrow keys
// move between cells (left and right once the caret is at the text's edge).
// A cell that showed a value is being deliberately edited, so it replaces;
// an empty one does not, and the core asks before overwriting.
import { useId, useRef, useState, type KeyboardEvent } from "react";
import { useTranslation } from "react-i18next";

import type { MeasurementInput, Monitoring, Period } from "../../../bindings";
import { formatNumber } from "../../../lib/format";
import { useErrorText, useLanguage } from "../../../lib/i18n";
import type { AppError } from "../../../lib/ipc";
import { channelNameOf, metricName, placeName } from "./labels";
import { periodLong, periodShort, periodStart } from "./periods";
import type { Outcome } from "./useSaveValue";

const cellKey = (metric: string, start: string) => `${metric}|${start}`;

function without<V>(map: Map<string, V>, key: string): Map<string, V> {
  if (!map.has(key)) return map;
  const next = new Map(map);
  next.delete(key);
  return next;
}

function withEntry<V>(map: Map<string, V>, key: string, value: V): Map<string, V> {
  return new Map(map).set(key, value);
}

/** Whether the arrow key should leave the field: nothing typed in the way of the caret. */
function atEdge(input: HTMLInputElement, towardsEnd: boolean): boolean {
  const { selectionStart: start, selectionEnd: end, value } = input;
  if (start === null || end === null) return true;
  if (start === 0 && end === value.length) return true;
  return start === end && (towardsEnd ? end === value.length : start === 0);
}

export function ValuesGrid({
  monitoring,
  channel,
  period,
  starts,
  save,
}: {
  monitoring: Monitoring;
  channel: string;
  period: Period;
  starts: string[];
  save: (input: MeasurementInput) => Promise<Outcome>;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const errorText = useErrorText();
  const baseId = useId();
  const [drafts, setDrafts] = useState(new Map<string, string>());
  const [errors, setErrors] = useState(new Map<string, AppError>());
  const [status, setStatus] = useState("");
  const inputs = useRef(new Map<string, HTMLInputElement>());
  // The text last sent for a cell, so leaving it after Enter does not send it twice.
  const sent = useRef(new Map<string, string>());

  const metrics = monitoring.metrics;
  const current = periodStart(period, monitoring.today);
  const stored = new Map(
    monitoring.measurements
      .filter((m) => m.channel === channel && m.period === period && m.value !== null)
      .map((m) => [cellKey(m.metric, m.startsOn), m.value as number]),
  );
  const storedText = (key: string) => {
    const value = stored.get(key);
    return value === undefined ? "" : formatNumber(value, language);
  };
  const channelLabel = channelNameOf(t, monitoring, channel, language);

  if (metrics.length === 0) return <p className="empty">{t("monitoringValues.noMetrics")}</p>;

  const restore = (key: string) => {
    sent.current.delete(key);
    setDrafts((d) => without(d, key));
    setErrors((e) => without(e, key));
  };

  const commit = async (metric: string, start: string) => {
    const key = cellKey(metric, start);
    const text = drafts.get(key);
    if (text === undefined) return;
    if (text.trim() === storedText(key)) {
      restore(key);
      return;
    }
    if (sent.current.get(key) === text) return;
    sent.current.set(key, text);
    const input: MeasurementInput = { channel, metric, period, day: start, value: text.trim(), replace: stored.has(key) };
    const outcome = await save(input);
    // Sent again meanwhile: that newer answer decides.
    if (sent.current.get(key) !== text) return;
    if (outcome.status === "error") {
      setErrors((e) => withEntry(e, key, outcome.error));
      return;
    }
    sent.current.delete(key);
    setErrors((e) => without(e, key));
    // What was typed since stays, to be saved in its turn.
    setDrafts((d) => (d.get(key) === text ? without(d, key) : d));
    if (outcome.status === "saved") {
      const place = placeName(t, monitoring, { channel, metric, period, start }, language);
      setStatus(t(input.value === "" ? "monitoringValues.removed" : "monitoringValues.saved", { place }));
    }
  };

  const focusCell = (row: number, col: number) => {
    const r = Math.max(0, Math.min(row, metrics.length - 1));
    const c = Math.max(0, Math.min(col, starts.length - 1));
    const input = inputs.current.get(`${r}:${c}`);
    input?.focus();
    input?.select();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>, row: number, col: number, metric: string, start: string) => {
    const input = event.currentTarget;
    switch (event.key) {
      case "Enter":
        event.preventDefault();
        void commit(metric, start);
        focusCell(row + 1, col);
        return;
      case "Escape":
        event.preventDefault();
        restore(cellKey(metric, start));
        return;
      case "ArrowUp":
        event.preventDefault();
        focusCell(row - 1, col);
        return;
      case "ArrowDown":
        event.preventDefault();
        focusCell(row + 1, col);
        return;
      case "ArrowLeft":
        if (col > 0 && atEdge(input, false)) {
          event.preventDefault();
          focusCell(row, col - 1);
        }
        return;
      case "ArrowRight":
        if (col < starts.length - 1 && atEdge(input, true)) {
          event.preventDefault();
          focusCell(row, col + 1);
        }
        return;
    }
  };

  return (
    <>
      <div className="values-scroll">
        <table role="grid" className="values-grid" aria-label={t("monitoringValues.grid", { channel: channelLabel })}>
          <thead>
            <tr role="row">
              <th role="columnheader" scope="col">
                {t("monitoringValues.metric")}
              </th>
              {starts.map((start) => (
                <th
                  key={start}
                  role="columnheader"
                  scope="col"
                  className={start === current ? "current" : undefined}
                  title={periodLong(t, period, start, language)}
                >
                  {periodShort(t, period, start, language)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {metrics.map((metric, row) => {
              const name = metricName(t, metric);
              return (
                <tr key={metric.key} role="row">
                  <th role="rowheader" scope="row">
                    {name}
                  </th>
                  {starts.map((start, col) => {
                    const key = cellKey(metric.key, start);
                    const error = errors.get(key);
                    const errorId = `${baseId}-${row}-${col}`;
                    return (
                      <td key={start} role="gridcell" className={start === current ? "current" : undefined}>
                        <input
                          ref={(el) => {
                            if (el) inputs.current.set(`${row}:${col}`, el);
                            else inputs.current.delete(`${row}:${col}`);
                          }}
                          type="text"
                          inputMode="decimal"
                          autoComplete="off"
                          aria-label={t("monitoringValues.cell", { channel: channelLabel, metric: name, period: periodLong(t, period, start, language) })}
                          aria-invalid={error ? true : undefined}
                          aria-describedby={error ? errorId : undefined}
                          value={drafts.get(key) ?? storedText(key)}
                          onChange={(e) => {
                            const text = e.target.value;
                            setDrafts((d) => withEntry(d, key, text));
                          }}
                          onKeyDown={(e) => onKeyDown(e, row, col, metric.key, start)}
                          onBlur={() => void commit(metric.key, start)}
                        />
                        {error && (
                          <p id={errorId} className="field-error values-cell-error" role="alert">
                            {errorText(error)}
                          </p>
                        )}
                      </td>
                    );
                  })}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <p role="status" className="saved values-status">
        {status}
      </p>
    </>
  );
}
