// Adds or edits one of the business's own occasions. Dates go to the core as
// typed (`dd/mm/yyyy` or ISO); an empty end means a single day.
import { useState } from "react";
import { useTranslation } from "react-i18next";

import type { Client, Occasion, OccasionInput } from "../../../bindings";
import { FormActions, FormError, TextField } from "../../../components/fields";
import { errorFor, formError } from "../../../lib/ipc";
import { typedDate } from "../editor/model";
import { useSaveOccasion } from "../queries";

const FIELDS = ["name", "startsOn", "endsOn", "yearly"];

function initial(occasion: Occasion | null): OccasionInput {
  if (!occasion) return { name: "", startsOn: "", endsOn: "", yearly: false };
  return {
    name: occasion.name,
    startsOn: typedDate(occasion.startsOn),
    endsOn: occasion.endsOn === occasion.startsOn ? "" : typedDate(occasion.endsOn),
    yearly: occasion.yearly,
  };
}

export function OccasionForm({ client, occasion, onDone }: { client: Client; occasion: Occasion | null; onDone: () => void }) {
  const { t } = useTranslation();
  const [values, setValues] = useState(() => initial(occasion));
  const save = useSaveOccasion(client.id);
  const set = <K extends keyof OccasionInput>(key: K, value: OccasionInput[K]) => setValues((v) => ({ ...v, [key]: value }));
  const title = occasion ? t("editor.occasions.editTitle", { name: occasion.name }) : t("editor.occasions.newTitle");
  return (
    <form
      className="card form-grid"
      aria-label={title}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        save.mutate({ id: occasion?.id ?? null, input: values }, { onSuccess: onDone });
      }}
    >
      <h4>{title}</h4>
      <TextField label={t("editor.occasions.name")} value={values.name} onChange={(e) => set("name", e.target.value)} error={errorFor(save.error, "name")} autoComplete="off" />
      <TextField
        label={t("editor.occasions.startsOn")}
        value={values.startsOn}
        onChange={(e) => set("startsOn", e.target.value)}
        placeholder={t("editor.datePlaceholder")}
        error={errorFor(save.error, "startsOn")}
        inputMode="numeric"
        autoComplete="off"
      />
      <TextField
        label={t("editor.occasions.endsOn")}
        value={values.endsOn}
        onChange={(e) => set("endsOn", e.target.value)}
        placeholder={t("editor.datePlaceholder")}
        hint={t("editor.occasions.endsOnHint")}
        error={errorFor(save.error, "endsOn")}
        inputMode="numeric"
        autoComplete="off"
      />
      <fieldset className="inline">
        <label>
          <input type="checkbox" checked={values.yearly} onChange={(e) => set("yearly", e.target.checked)} /> {t("editor.occasions.yearly")}
        </label>
      </fieldset>
      <FormError error={formError(save.error, FIELDS)} />
      <FormActions submitLabel={occasion ? t("editor.save") : t("editor.occasions.add")} pending={save.isPending} onCancel={onDone} />
    </form>
  );
}
