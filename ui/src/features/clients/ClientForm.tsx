// Create or edit a client. Every field's error comes from the core and shows
// under that field; nothing typed is cleared by an error.
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";

import type { ClientInput, ClientStatus, Language, Phase } from "../../bindings";
import { FormError, SelectField, TextField } from "../../components/fields";
import { errorFor, formError } from "../../lib/ipc";
import { useTimezones } from "../app/queries";
import { PHASES, STATUSES } from "./options";

const FIELDS = ["name", "sector", "place", "website", "timezone"] as const;

export const emptyClient = (language: Language): ClientInput => ({
  name: "",
  sector: "",
  place: "",
  website: "",
  timezone: "Europe/Rome",
  language,
  phase: "startup",
  status: "onboarding",
});

interface Props {
  initial: ClientInput;
  submitLabel: string;
  error: unknown;
  pending: boolean;
  onSubmit: (input: ClientInput) => void;
  onCancel?: () => void;
  /** The business's own record has no archived state to choose. */
  allowArchived?: boolean;
}

export function ClientForm({ initial, submitLabel, error, pending, onSubmit, onCancel, allowArchived = true }: Props) {
  const { t } = useTranslation();
  const [input, setInput] = useState<ClientInput>(initial);
  const timezones = useTimezones();
  const set = <K extends keyof ClientInput>(key: K) => (value: ClientInput[K]) => setInput((prev) => ({ ...prev, [key]: value }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit(input);
  };

  return (
    <form className="form-grid" onSubmit={submit} noValidate>
      <TextField label={t("client.name")} value={input.name} onChange={(e) => set("name")(e.target.value)} error={errorFor(error, "name")} autoFocus />
      <TextField label={t("client.sector")} value={input.sector} onChange={(e) => set("sector")(e.target.value)} error={errorFor(error, "sector")} hint={t("client.sectorHint")} />
      <TextField label={t("client.place")} value={input.place} onChange={(e) => set("place")(e.target.value)} error={errorFor(error, "place")} />
      <TextField label={t("client.website")} value={input.website} onChange={(e) => set("website")(e.target.value)} error={errorFor(error, "website")} placeholder="https://www.example.it" inputMode="url" />
      <TextField
        label={t("client.timezone")}
        value={input.timezone}
        onChange={(e) => set("timezone")(e.target.value)}
        error={errorFor(error, "timezone")}
        list="regia-timezones"
        autoComplete="off"
      />
      <datalist id="regia-timezones">
        {timezones.data?.map((tz) => <option key={tz} value={tz} />)}
      </datalist>
      <SelectField label={t("client.language")} value={input.language} onChange={(e) => set("language")(e.target.value as Language)}>
        <option value="it">Italiano</option>
        <option value="en">English</option>
      </SelectField>
      <SelectField label={t("client.phase")} value={input.phase} onChange={(e) => set("phase")(e.target.value as Phase)}>
        {PHASES.map((phase) => (
          <option key={phase} value={phase}>
            {t(`phases.${phase}`)}
          </option>
        ))}
      </SelectField>
      <SelectField label={t("client.status")} value={input.status} onChange={(e) => set("status")(e.target.value as ClientStatus)}>
        {STATUSES.filter((s) => allowArchived || s !== "archived").map((status) => (
          <option key={status} value={status}>
            {t(`statuses.${status}`)}
          </option>
        ))}
      </SelectField>
      <FormError error={formError(error, FIELDS)} />
      <div className="actions">
        <button type="submit" className="primary" disabled={pending}>
          {submitLabel}
        </button>
        {onCancel && (
          <button type="button" onClick={onCancel}>
            {t("common.cancel")}
          </button>
        )}
      </div>
    </form>
  );
}
