// A value for any period, by channel, metric and any day of the period (the
// core brings it back to the period's first day). It never replaces a value
// silently: a duplicate opens the same question as the grid. It opens on
// demand, below the grid.
import { useId, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";

import type { MeasurementInput, Monitoring, Period } from "../../../bindings";
import { FormError, SelectField, TextField } from "../../../components/fields";
import { formatDate } from "../../../lib/format";
import { useLanguage } from "../../../lib/i18n";
import { errorFor, formError, type AppError } from "../../../lib/ipc";
import { channelOption, metricName } from "./labels";
import { PERIODS } from "./periods";
import type { Outcome } from "./useSaveValue";

const FIELDS = ["channel", "metric", "day", "value"] as const;

export function AddValueForm({
  monitoring,
  initialChannel,
  save,
}: {
  monitoring: Monitoring;
  initialChannel: string;
  save: (input: MeasurementInput) => Promise<Outcome>;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [channel, setChannel] = useState(initialChannel);
  const [metric, setMetric] = useState(monitoring.metrics[0]?.key ?? "");
  const [period, setPeriod] = useState<Period>("month");
  const [day, setDay] = useState(() => formatDate(monitoring.today, language));
  const [value, setValue] = useState("");
  const [error, setError] = useState<AppError | undefined>();
  const [saved, setSaved] = useState(false);
  const [busy, setBusy] = useState(false);
  const titleId = useId();

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setError(undefined);
    setSaved(false);
    setBusy(true);
    const outcome = await save({ channel, metric, period, day, value, replace: false });
    setBusy(false);
    if (outcome.status === "error") setError(outcome.error);
    if (outcome.status === "saved") {
      setValue("");
      setSaved(true);
    }
  };

  return (
    <section className="card values-add" aria-labelledby={titleId}>
      {/* Closed until wanted: the grid above is where values are typed, and its "Canale" and "Periodo" stay the only ones in view. */}
      <details>
        <summary>
          <h2 id={titleId}>{t("monitoringValues.add.title")}</h2>
        </summary>
        <p className="hint">{t("monitoringValues.add.hint")}</p>
        <form className="form-grid" noValidate onSubmit={(e) => void onSubmit(e)}>
          <SelectField label={t("monitoringValues.add.channel")} value={channel} error={errorFor(error, "channel")} onChange={(e) => setChannel(e.target.value)}>
            {monitoring.channels.map((c) => (
              <option key={c.key} value={c.key}>
                {channelOption(t, c, language)}
              </option>
            ))}
          </SelectField>
          <SelectField label={t("monitoringValues.add.metric")} value={metric} error={errorFor(error, "metric")} onChange={(e) => setMetric(e.target.value)}>
            {monitoring.metrics.map((m) => (
              <option key={m.key} value={m.key}>
                {metricName(t, m)}
              </option>
            ))}
          </SelectField>
          <SelectField label={t("monitoringValues.add.period")} value={period} onChange={(e) => setPeriod(e.target.value as Period)}>
            {PERIODS.map((p) => (
              <option key={p} value={p}>
                {t(`monitoring.periods.${p}`)}
              </option>
            ))}
          </SelectField>
          <TextField
            label={t("monitoringValues.add.day")}
            hint={t("monitoringValues.add.dayHint")}
            value={day}
            error={errorFor(error, "day")}
            onChange={(e) => setDay(e.target.value)}
          />
          <TextField
            label={t("monitoringValues.add.value")}
            inputMode="decimal"
            autoComplete="off"
            value={value}
            error={errorFor(error, "value")}
            onChange={(e) => setValue(e.target.value)}
          />
          <FormError error={formError(error, FIELDS)} />
          <div className="actions">
            <button type="submit" className="primary" disabled={busy}>
              {t("monitoringValues.add.submit")}
            </button>
            <p role="status" className="saved">
              {saved ? t("monitoringValues.add.saved") : ""}
            </p>
          </div>
        </form>
      </details>
    </section>
  );
}
