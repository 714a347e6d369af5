// The monitoring settings: how often reviews come, and after how many
// months without results an activity is flagged. The months are typed; one
// that cannot be read, or is outside 1–24, is flagged next to its field
// without asking the core, and the typed text survives any error.
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";

import { commands, type Client, type MonitoringSettings, type ReviewCadence } from "../../../bindings";
import { FormError, SelectField, TextField } from "../../../components/fields";
import { formatNumber, parseNumber } from "../../../lib/format";
import { useLanguage } from "../../../lib/i18n";
import { formError, type AppError } from "../../../lib/ipc";
import { useMonitoringEdit } from "../queries";
import { fieldError, invalid, type LocalErrors } from "./errors";

const CADENCES: readonly ReviewCadence[] = ["monthly", "quarterly"];
const FIELDS = ["cadence", "quietPeriods"];
/** The core's bounds (MAX_QUIET_PERIODS). */
const MIN_QUIET = 1;
const MAX_QUIET = 24;

export function SettingsForm({ client, settings }: { client: Client; settings: MonitoringSettings }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const save = useMonitoringEdit(client.id, (input: MonitoringSettings) => commands.saveMonitoringSettings(client.id, input));
  const [cadence, setCadence] = useState<ReviewCadence>(settings.cadence);
  const [quiet, setQuiet] = useState(() => formatNumber(settings.quietPeriods, language));
  const [local, setLocal] = useState<LocalErrors>({});
  const [dirty, setDirty] = useState(false);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setDirty(false);
    const value = parseNumber(quiet, language);
    let error: AppError | null = null;
    if (value === null) error = invalid("quietPeriods", "required");
    else if (Number.isNaN(value)) error = invalid("quietPeriods", "invalid_number", { value: quiet.trim() });
    else if (!Number.isInteger(value) || value < MIN_QUIET || value > MAX_QUIET)
      error = invalid("quietPeriods", "out_of_range", { min: String(MIN_QUIET), max: String(MAX_QUIET) });
    if (error || value === null) {
      save.reset();
      setLocal(error ? { quietPeriods: error } : {});
      return;
    }
    setLocal({});
    save.mutate({ cadence, quietPeriods: value });
  };

  return (
    <section className="card monitoring-settings" aria-labelledby="monitoring-settings-title">
      <h2 id="monitoring-settings-title">{t("monitoringKpi.settings.title")}</h2>
      <form className="form-grid" onSubmit={submit} noValidate>
        <SelectField
          label={t("monitoringKpi.settings.cadence")}
          hint={t("monitoringKpi.settings.cadenceHint")}
          value={cadence}
          onChange={(e) => {
            setCadence(e.target.value as ReviewCadence);
            setDirty(true);
          }}
          error={fieldError(local, save.error, "cadence")}
        >
          {CADENCES.map((c) => (
            <option key={c} value={c}>
              {t(`monitoringKpi.settings.cadences.${c}`)}
            </option>
          ))}
        </SelectField>
        <TextField
          label={t("monitoringKpi.settings.quietPeriods")}
          hint={t("monitoringKpi.settings.quietPeriodsHint")}
          inputMode="numeric"
          autoComplete="off"
          value={quiet}
          onChange={(e) => {
            setQuiet(e.target.value);
            setDirty(true);
          }}
          error={fieldError(local, save.error, "quietPeriods")}
        />
        <FormError error={formError(save.error, FIELDS)} />
        <div className="actions">
          <button type="submit" className="primary" disabled={save.isPending}>
            {t("monitoringKpi.settings.save")}
          </button>
          <span className="saved" aria-live="polite">
            {save.isSuccess && !dirty ? t("monitoringKpi.settings.saved") : ""}
          </span>
        </div>
      </form>
    </section>
  );
}
