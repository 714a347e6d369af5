// The split's rate, budget and protected margin. Amounts are typed as the
// reader writes them ("1.234,5"); one that cannot be read is flagged next to
// its field without asking the core, and typed text survives any error.
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";

import { commands, type ClientId, type ErrorCode, type Language, type Settings, type SettingsInput } from "../../../bindings";
import { FormError, TextField } from "../../../components/fields";
import { useLanguage } from "../../../lib/i18n";
import { AppError, errorFor, formError } from "../../../lib/ipc";
import { useSplitEdit } from "../queries";
import { parseNumber } from "../../../lib/format";
import { inputNumber } from "./numbers";

const FIELDS = ["hourlyRate", "monthlyBudget", "capacityMargin"] as const;
type Field = (typeof FIELDS)[number];
type Texts = Record<Field, string>;

function localError(field: Field, code: ErrorCode, params: Record<string, string>): AppError {
  return new AppError({ kind: "invalid", code, message: code, field, params });
}

/** The input the texts say, or the error of each field that cannot be read. */
function read(texts: Texts, language: Language): { input: SettingsInput } | { errors: Partial<Record<Field, AppError>> } {
  const errors: Partial<Record<Field, AppError>> = {};
  const rate = parseNumber(texts.hourlyRate, language);
  const budget = parseNumber(texts.monthlyBudget, language);
  const margin = parseNumber(texts.capacityMargin, language);
  const check = (field: Field, value: number | null, required: boolean) => {
    if (value === null && required) errors[field] = localError(field, "required", {});
    else if (value !== null && Number.isNaN(value)) errors[field] = localError(field, "invalid_number", { value: texts[field] });
  };
  check("hourlyRate", rate, true);
  check("monthlyBudget", budget, false);
  check("capacityMargin", margin, true);
  // The core takes the margin as a whole percent in a byte; the range words are the core's.
  if (margin !== null && !Number.isNaN(margin) && (margin < 0 || margin > 255)) {
    errors.capacityMargin = localError("capacityMargin", "out_of_range", { min: "10", max: "100" });
  }
  if (Object.keys(errors).length > 0 || rate === null || margin === null) return { errors };
  return { input: { hourlyRate: rate, monthlyBudget: budget, capacityMargin: Math.round(margin) } };
}

export function SettingsForm({ clientId, settings }: { clientId: ClientId; settings: Settings }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const save = useSplitEdit(clientId, (input: SettingsInput) => commands.saveSplitSettings(clientId, input));
  const [texts, setTexts] = useState<Texts>(() => ({
    hourlyRate: inputNumber(settings.hourlyRate ?? 0, language),
    monthlyBudget: inputNumber(settings.monthlyBudget, language),
    capacityMargin: inputNumber(settings.capacityMargin, language),
  }));
  const [local, setLocal] = useState<Partial<Record<Field, AppError>>>({});
  const [dirty, setDirty] = useState(false);

  const set = (field: Field) => (value: string) => {
    setTexts((old) => ({ ...old, [field]: value }));
    setDirty(true);
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const result = read(texts, language);
    setDirty(false);
    if ("errors" in result) {
      save.reset();
      setLocal(result.errors);
      return;
    }
    setLocal({});
    save.mutate(result.input);
  };

  const fieldError = (field: Field) => local[field] ?? errorFor(save.error, field);

  return (
    <section className="card capacity-settings" aria-label={t("splitCapacity.settings.label")}>
      <h2>{t("splitCapacity.settings.label")}</h2>
      <form className="form-grid" onSubmit={submit} noValidate>
        <TextField
          label={t("splitCapacity.settings.hourlyRate")}
          inputMode="decimal"
          value={texts.hourlyRate}
          onChange={(e) => set("hourlyRate")(e.target.value)}
          error={fieldError("hourlyRate")}
        />
        <TextField
          label={t("splitCapacity.settings.monthlyBudget")}
          inputMode="decimal"
          value={texts.monthlyBudget}
          onChange={(e) => set("monthlyBudget")(e.target.value)}
          error={fieldError("monthlyBudget")}
          hint={t("splitCapacity.settings.monthlyBudgetHint")}
        />
        <TextField
          label={t("splitCapacity.settings.capacityMargin")}
          inputMode="decimal"
          value={texts.capacityMargin}
          onChange={(e) => set("capacityMargin")(e.target.value)}
          error={fieldError("capacityMargin")}
          hint={t("splitCapacity.settings.capacityMarginHint")}
        />
        <FormError error={formError(save.error, FIELDS)} />
        <div className="actions">
          <button type="submit" className="primary" disabled={save.isPending}>
            {t("splitCapacity.settings.save")}
          </button>
          <span className="saved" aria-live="polite">
            {save.isSuccess && !dirty ? t("splitCapacity.settings.saved") : ""}
          </span>
        </div>
      </form>
    </section>
  );
}
