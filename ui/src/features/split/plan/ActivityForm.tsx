// A new or existing activity: its name (a catalog one keeps its own), the
// skills it needs, how much it needs the business's voice, and the hours it
// usually takes a month on one channel. These feed Regia's advice.
import { useId, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";

import type { Activity, ClientId, Skill } from "../../../bindings";
import { FormActions, FormError, SelectField, TextField } from "../../../components/fields";
import { formatNumber } from "../../../lib/format";
import { useLanguage } from "../../../lib/i18n";
import { formError } from "../../../lib/ipc";
import { activityLabel } from "../matrix/labels";
import { fieldError, invalid, type LocalErrors } from "./localErrors";
import { useSaveActivity } from "./queries";
import { parseDecimal, SKILLS, voiceWord } from "./words";

const VOICES = [0, 1, 2] as const;
const FIELDS = ["name", "voice", "hours"];

export function ActivityForm({
  clientId,
  activity,
  onSaved,
  onCancel,
}: {
  clientId: ClientId;
  activity: Activity | null;
  onSaved: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const save = useSaveActivity(clientId);
  const catalog = activity !== null && activity.name === "";
  const [name, setName] = useState(activity ? activityLabel(t, activity) : "");
  const [skills, setSkills] = useState<readonly Skill[]>(activity?.skills ?? []);
  const [voice, setVoice] = useState(activity?.voice ?? 0);
  const [hours, setHours] = useState(activity?.hours == null ? "" : formatNumber(activity.hours, language));
  const [local, setLocal] = useState<LocalErrors>({});
  const duplicateId = useId();
  const title = activity ? t("splitPlan.activities.edit") : t("splitPlan.activities.new");
  const nameError = fieldError(local, save.error, "name");
  // The shared words for a duplicate name speak of clients: this one speaks of activities.
  const duplicate = nameError?.code === "duplicate_name";

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const value = parseDecimal(hours, language);
    const errors: LocalErrors = {};
    if (!catalog && !name.trim()) errors.name = invalid("name", "required");
    if (!hours.trim()) errors.hours = invalid("hours", "required");
    else if (value === null) errors.hours = invalid("hours", "invalid_number", { value: hours.trim() });
    setLocal(errors);
    if (Object.keys(errors).length > 0 || value === null) {
      save.reset();
      return;
    }
    save.mutate(
      // A catalog activity keeps its name: the core ignores the one sent.
      { id: activity?.id ?? null, name: catalog ? "" : name, skills: SKILLS.filter((s) => skills.includes(s)), voice, hours: value },
      { onSuccess: onSaved },
    );
  };

  const toggle = (skill: Skill, on: boolean) => setSkills(on ? [...skills, skill] : skills.filter((s) => s !== skill));

  return (
    <section className="card split-plan-form" aria-label={title}>
      <h3>{title}</h3>
      <form className="form-grid" onSubmit={submit} noValidate>
        <TextField
          label={t("splitPlan.activities.name")}
          value={name}
          readOnly={catalog}
          autoComplete="off"
          onChange={(e) => setName(e.target.value)}
          hint={catalog ? t("splitPlan.activities.catalogNameHint") : undefined}
          error={duplicate ? undefined : nameError}
          {...(duplicate ? { "aria-invalid": true, "aria-describedby": duplicateId } : {})}
        />
        {duplicate && (
          <p id={duplicateId} className="field-error" role="alert">
            {t("splitPlan.activities.duplicateName")}
          </p>
        )}
        <fieldset className="skills split-skills">
          <legend>{t("splitPlan.activities.skills")}</legend>
          {SKILLS.map((skill) => (
            <label key={skill}>
              <input type="checkbox" checked={skills.includes(skill)} onChange={(e) => toggle(skill, e.target.checked)} /> {t(`skills.${skill}`)}
            </label>
          ))}
        </fieldset>
        <SelectField
          label={t("splitPlan.activities.voice")}
          value={voice}
          onChange={(e) => setVoice(Number(e.target.value))}
          hint={t("splitPlan.activities.voiceHint")}
          error={fieldError(local, save.error, "voice")}
        >
          {VOICES.map((v) => (
            <option key={v} value={v}>
              {voiceWord(t, v)}
            </option>
          ))}
        </SelectField>
        <TextField
          label={t("splitPlan.activities.hours")}
          value={hours}
          inputMode="decimal"
          autoComplete="off"
          onChange={(e) => setHours(e.target.value)}
          hint={t("splitPlan.activities.hoursHint")}
          error={fieldError(local, save.error, "hours")}
        />
        <FormError error={formError(save.error, FIELDS)} />
        <FormActions
          submitLabel={t("common.save")}
          pending={save.isPending}
          onCancel={() => {
            save.reset();
            onCancel();
          }}
        />
      </form>
    </section>
  );
}
