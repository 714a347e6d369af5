// The metrics values are recorded in, by family: Regia's catalog and the
// client's own, which can be added, renamed and removed (the core refuses to
// remove one that already has values, and says so next to its button). Below,
// the monitoring settings.
import { useEffect, useId, useRef, useState, type FormEvent, type KeyboardEvent } from "react";
import { useTranslation } from "react-i18next";

import { commands, type Client, type Family, type MetricDef, type MetricInput, type Monitoring } from "../../../bindings";
import { FormError, SelectField } from "../../../components/fields";
import { useErrorText } from "../../../lib/i18n";
import { formError, toAppError, type AppError } from "../../../lib/ipc";
import { useMonitoringEdit } from "../queries";
import { fieldError, invalid, type LocalErrors } from "./errors";
import { metricName } from "./labels";
import { MetricNameField } from "./MetricNameField";
import { SettingsForm } from "./SettingsForm";

const FAMILIES: readonly Family[] = ["visits", "participation", "contacts", "opportunities"];
const FIELDS = ["name", "family"];

function useSaveMetric(client: Client) {
  return useMonitoringEdit(client.id, (input: MetricInput) => commands.saveMetric(client.id, input));
}

export function MetricsView({ client, monitoring }: { client: Client; monitoring: Monitoring }) {
  const { t } = useTranslation();

  return (
    <div className="metrics-view">
      <p className="hint">{t("monitoringKpi.metrics.intro")}</p>
      <section className="card metrics-families" aria-labelledby="metrics-families-title">
        <h2 id="metrics-families-title">{t("monitoringKpi.metrics.title")}</h2>
        <div className="metrics-grid">
          {FAMILIES.map((family) => {
            const metrics = monitoring.metrics.filter((m) => m.family === family);
            return (
              <div key={family} className="metrics-family">
                <h3>{t(`monitoring.families.${family}`)}</h3>
                {metrics.length === 0 ? (
                  <p className="empty">{t("monitoringKpi.metrics.none")}</p>
                ) : (
                  <ul className="metrics-list">
                    {metrics.map((metric) =>
                      metric.id ? (
                        <CustomMetric key={metric.key} client={client} metric={metric} id={metric.id} />
                      ) : (
                        <li key={metric.key}>
                          {metricName(t, monitoring.metrics, metric.key)}
                          {metric.aggregation === "last" && <span className="muted"> · {t("monitoringKpi.metrics.level")}</span>}
                        </li>
                      ),
                    )}
                  </ul>
                )}
              </div>
            );
          })}
        </div>
        <AddMetric client={client} />
      </section>
      <SettingsForm client={client} settings={monitoring.settings} />
    </div>
  );
}

function AddMetric({ client }: { client: Client }) {
  const { t } = useTranslation();
  const save = useSaveMetric(client);
  const [name, setName] = useState("");
  const [family, setFamily] = useState<Family>("participation");
  const [local, setLocal] = useState<LocalErrors>({});
  const [added, setAdded] = useState<string | null>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setAdded(null);
    if (!name.trim()) {
      save.reset();
      setLocal({ name: invalid("name", "required") });
      return;
    }
    setLocal({});
    const typed = name.trim();
    save.mutate(
      { id: null, name: typed, family },
      {
        onSuccess: () => {
          setName("");
          setAdded(typed);
        },
      },
    );
  };

  return (
    <form className="metrics-add form-grid" onSubmit={submit} noValidate aria-labelledby="metrics-add-title">
      <h3 id="metrics-add-title">{t("monitoringKpi.metrics.add.title")}</h3>
      <MetricFields
        labels={[t("monitoringKpi.metrics.add.name"), t("monitoringKpi.metrics.add.family")]}
        name={name}
        family={family}
        onName={setName}
        onFamily={setFamily}
        errors={[fieldError(local, save.error, "name"), fieldError(local, save.error, "family")]}
      />
      <FormError error={formError(save.error, FIELDS)} />
      <div className="actions">
        <button type="submit" className="primary" disabled={save.isPending}>
          {t("monitoringKpi.metrics.add.submit")}
        </button>
        <span className="saved" aria-live="polite">
          {added ? t("monitoringKpi.metrics.add.added", { name: added }) : ""}
        </span>
      </div>
    </form>
  );
}

/** A metric's name and family, as the add and rename forms both ask them. */
function MetricFields({
  labels: [nameLabel, familyLabel],
  name,
  family,
  onName,
  onFamily,
  errors: [nameError, familyError],
  autoFocus = false,
}: {
  labels: [string, string];
  name: string;
  family: Family;
  onName: (name: string) => void;
  onFamily: (family: Family) => void;
  errors: [AppError | undefined, AppError | undefined];
  autoFocus?: boolean;
}) {
  const { t } = useTranslation();
  return (
    <>
      <MetricNameField label={nameLabel} value={name} autoFocus={autoFocus} onChange={(e) => onName(e.target.value)} error={nameError} />
      <SelectField label={familyLabel} value={family} onChange={(e) => onFamily(e.target.value as Family)} error={familyError}>
        {FAMILIES.map((f) => (
          <option key={f} value={f}>
            {t(`monitoring.families.${f}`)}
          </option>
        ))}
      </SelectField>
    </>
  );
}

/** A metric of the client's own: its name, and renaming or removing it in place. */
function CustomMetric({ client, metric, id }: { client: Client; metric: MetricDef; id: string }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const save = useSaveMetric(client);
  const remove = useMonitoringEdit(client.id, () => commands.deleteMetric(client.id, id));
  const [editing, setEditing] = useState(false);
  const [name, setName] = useState(metric.name);
  const [family, setFamily] = useState<Family>(metric.family);
  const [local, setLocal] = useState<LocalErrors>({});
  const renameButton = useRef<HTMLButtonElement>(null);
  const wasEditing = useRef(false);
  const deleteErrorId = useId();

  // Back on the rename button once the form closes, so the keyboard stays put.
  useEffect(() => {
    if (wasEditing.current && !editing) renameButton.current?.focus();
    wasEditing.current = editing;
  }, [editing]);

  const start = () => {
    remove.reset();
    save.reset();
    setLocal({});
    setName(metric.name);
    setFamily(metric.family);
    setEditing(true);
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!name.trim()) {
      save.reset();
      setLocal({ name: invalid("name", "required") });
      return;
    }
    setLocal({});
    save.mutate({ id, name: name.trim(), family }, { onSuccess: () => setEditing(false) });
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== "Escape") return;
    event.stopPropagation();
    setEditing(false);
  };

  if (editing) {
    return (
      <li className="metric-custom editing">
        <form className="metric-rename" onSubmit={submit} onKeyDown={onKeyDown} noValidate>
          <MetricFields
            labels={[t("monitoringKpi.metrics.renameName", { name: metric.name }), t("monitoringKpi.metrics.renameFamily", { name: metric.name })]}
            name={name}
            family={family}
            onName={setName}
            onFamily={setFamily}
            errors={[fieldError(local, save.error, "name"), fieldError(local, save.error, "family")]}
            autoFocus
          />
          <FormError error={formError(save.error, FIELDS)} />
          <div className="actions">
            <button type="submit" className="primary" disabled={save.isPending}>
              {t("monitoringKpi.metrics.save")}
            </button>
            <button type="button" onClick={() => setEditing(false)}>
              {t("monitoringKpi.metrics.cancel")}
            </button>
          </div>
        </form>
      </li>
    );
  }

  return (
    <li className="metric-custom">
      <span className="metric-custom-name">
        {metric.name} <span className="badge custom">{t("monitoringKpi.metrics.custom")}</span>
      </span>
      <span className="metric-actions">
        <button ref={renameButton} type="button" className="subtle" aria-label={t("monitoringKpi.metrics.rename", { name: metric.name })} onClick={start}>
          {t("monitoringKpi.metrics.renameButton")}
        </button>
        <button
          type="button"
          className="subtle"
          aria-label={t("monitoringKpi.metrics.delete", { name: metric.name })}
          aria-describedby={remove.error ? deleteErrorId : undefined}
          disabled={remove.isPending}
          onClick={() => {
            save.reset();
            remove.mutate(undefined);
          }}
        >
          {t("monitoringKpi.metrics.deleteButton")}
        </button>
      </span>
      {remove.error && (
        <p id={deleteErrorId} className="field-error" role="alert">
          {errorText(toAppError(remove.error))}
        </p>
      )}
    </li>
  );
}
