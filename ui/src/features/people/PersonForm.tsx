// A person of the client, on either side, with hours and skill levels.
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";

import type { PersonInput, Side, Skills } from "../../bindings";
import { FormActions, FormError, SelectField, TextField } from "../../components/fields";
import { errorFor, formError } from "../../lib/ipc";

export const SKILLS: readonly (keyof Skills)[] = ["strategy", "copywriting", "photo", "video", "graphics", "community", "advertising", "analytics"];
const LEVELS = [0, 1, 2, 3] as const;
const FIELDS = ["name", "role", "weeklyHours", ...SKILLS.map((s) => `skills.${s}`)];

export const emptyPerson = (side: Side): PersonInput => ({
  name: "",
  side,
  role: "",
  weeklyHours: 0,
  skills: { strategy: 0, copywriting: 0, photo: 0, video: 0, graphics: 0, community: 0, advertising: 0, analytics: 0 },
});

interface Props {
  initial: PersonInput;
  submitLabel: string;
  error: unknown;
  pending: boolean;
  onSubmit: (input: PersonInput) => void;
  onCancel: () => void;
}

export function PersonForm({ initial, submitLabel, error, pending, onSubmit, onCancel }: Props) {
  const { t } = useTranslation();
  const [input, setInput] = useState(initial);
  const [hours, setHours] = useState(String(initial.weeklyHours ?? 0));
  const [hoursError, setHoursError] = useState(false);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const weeklyHours = hours.trim() === "" ? 0 : Number(hours.replace(",", "."));
    if (!Number.isFinite(weeklyHours)) {
      setHoursError(true);
      return;
    }
    setHoursError(false);
    onSubmit({ ...input, weeklyHours });
  };

  return (
    <form className="form-grid" onSubmit={submit} noValidate>
      <TextField label={t("people.name")} value={input.name} onChange={(e) => setInput({ ...input, name: e.target.value })} error={errorFor(error, "name")} autoFocus />
      <fieldset className="inline">
        <legend>{t("people.side")}</legend>
        {(["business", "agency"] as const).map((side) => (
          <label key={side}>
            <input type="radio" name="side" checked={input.side === side} onChange={() => setInput({ ...input, side })} /> {t(`sides.${side}`)}
          </label>
        ))}
      </fieldset>
      <TextField label={t("people.role")} value={input.role} onChange={(e) => setInput({ ...input, role: e.target.value })} error={errorFor(error, "role")} hint={t("people.roleHint")} />
      <TextField
        label={t("people.weeklyHours")}
        value={hours}
        inputMode="decimal"
        onChange={(e) => setHours(e.target.value)}
        error={hoursError ? undefined : errorFor(error, "weeklyHours")}
        hint={t("people.weeklyHoursHint")}
      />
      {hoursError && (
        <p className="field-error" role="alert">
          {t("errors.invalid_number", { value: hours })}
        </p>
      )}
      <fieldset className="skills">
        <legend>{t("people.skills")}</legend>
        <p className="hint">{t("people.skillsHint")}</p>
        {SKILLS.map((skill) => (
          <SelectField
            key={skill}
            label={t(`skills.${skill}`)}
            value={input.skills[skill]}
            error={errorFor(error, `skills.${skill}`)}
            onChange={(e) => setInput({ ...input, skills: { ...input.skills, [skill]: Number(e.target.value) } })}
          >
            {LEVELS.map((level) => (
              <option key={level} value={level}>
                {level} · {t(`levels.${level}`)}
              </option>
            ))}
          </SelectField>
        ))}
      </fieldset>
      <FormError error={formError(error, FIELDS)} />
      <FormActions submitLabel={submitLabel} pending={pending} onCancel={onCancel} />
    </form>
  );
}
