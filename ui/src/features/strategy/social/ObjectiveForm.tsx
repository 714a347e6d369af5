// The form of a macro or a micro objective. Numbers and dates are sent as
// typed (Italian or ISO), and the core says which field is wrong.
import { useState } from "react";
import { useTranslation } from "react-i18next";

import {
  CHANNELS,
  commands,
  type Client,
  type Frequency,
  type MacroObjective,
  type MicroObjective,
  type ObjectiveCategory,
  type ObjectiveInput,
  type ObjectiveId,
  type PlanChannel,
} from "../../../bindings";
import { FormActions, FormError, SelectField, TextArea, TextField } from "../../../components/fields";
import { formatDate, formatNumber } from "../../../lib/format";
import { useLanguage } from "../../../lib/i18n";
import { channelLabel } from "../../../lib/i18n/channels";
import { errorFor, formError } from "../../../lib/ipc";
import { CATEGORIES, FREQUENCIES, isKnownMetric, METRICS } from "../options";
import { useStrategyEdit } from "../queries";

const FIELDS = ["title", "description", "category", "channel", "metric", "baseline", "target", "frequency", "periodStart", "deadline", "parentId"];

/** The name of a channel of the plan or of the catalog. */
export function planChannelName(key: string, plan: PlanChannel[], language: "it" | "en"): string {
  const custom = plan.find((c) => c.channel === key && c.name);
  return custom ? custom.name : channelLabel(key, language);
}

type Props = {
  client: Client;
  plan: PlanChannel[];
  parentId: ObjectiveId | null;
  macro?: MacroObjective;
  micro?: MicroObjective;
  onDone: () => void;
};

export function ObjectiveForm({ client, plan, parentId, macro, micro, onDone }: Props) {
  const { t } = useTranslation();
  const language = useLanguage();
  const isMicro = parentId !== null;
  const [title, setTitle] = useState(macro?.title ?? micro?.title ?? "");
  const [description, setDescription] = useState(macro?.description ?? "");
  const [category, setCategory] = useState<ObjectiveCategory | "">(macro?.category ?? "");
  const [channel, setChannel] = useState(micro?.channel ?? "");
  const known = !micro?.metric || isKnownMetric(micro.metric);
  const [metric, setMetric] = useState(known ? (micro?.metric ?? "") : "custom");
  const [customMetric, setCustomMetric] = useState(known ? "" : (micro?.metric ?? ""));
  const number = (n: number | null | undefined) => (n === null || n === undefined ? "" : formatNumber(n, language));
  const [baseline, setBaseline] = useState(number(micro?.baseline));
  const [target, setTarget] = useState(number(micro?.target));
  const [frequency, setFrequency] = useState<Frequency | "">(micro?.frequency ?? "");
  const [periodStart, setPeriodStart] = useState(micro?.periodStart ? formatDate(micro.periodStart, language) : "");
  const [deadline, setDeadline] = useState(micro?.deadline ? formatDate(micro.deadline, language) : "");
  const save = useStrategyEdit(client.id, (input: ObjectiveInput) => commands.saveObjective(client.id, input));

  const channelKeys = [...new Set([...plan.map((c) => c.channel), ...CHANNELS])];
  const heading = isMicro ? t("strategy.objectives.microTitle") : t("strategy.objectives.macroTitle");

  return (
    <form
      className="card objective-form"
      aria-label={heading}
      onSubmit={(e) => {
        e.preventDefault();
        save.mutate(
          {
            id: macro?.id ?? micro?.id ?? null,
            parentId,
            title,
            description,
            category: isMicro || category === "" ? null : category,
            channel: channel === "" ? null : channel,
            metric: metric === "custom" ? customMetric : metric,
            baseline,
            target,
            frequency: frequency === "" ? null : frequency,
            periodStart,
            deadline,
          },
          { onSuccess: onDone },
        );
      }}
    >
      <h3>{heading}</h3>
      <TextField label={t("strategy.objectives.titleField")} value={title} onChange={(e) => setTitle(e.target.value)} error={errorFor(save.error, "title")} autoFocus />
      {!isMicro && (
        <>
          <SelectField
            label={t("strategy.objectives.category")}
            value={category}
            onChange={(e) => setCategory(e.target.value as ObjectiveCategory | "")}
            error={errorFor(save.error, "category")}
          >
            <option value="" />
            {CATEGORIES.map((c) => (
              <option key={c} value={c}>
                {t(`strategy.categories.${c}`)}
              </option>
            ))}
          </SelectField>
          <TextArea label={t("strategy.objectives.description")} value={description} onChange={(e) => setDescription(e.target.value)} error={errorFor(save.error, "description")} rows={2} />
        </>
      )}
      {isMicro && (
        <div className="form-grid">
          <SelectField label={t("strategy.objectives.channel")} value={channel} onChange={(e) => setChannel(e.target.value)} error={errorFor(save.error, "channel")}>
            <option value="">{t("strategy.objectives.noChannel")}</option>
            {channelKeys.map((key) => (
              <option key={key} value={key}>
                {planChannelName(key, plan, language)}
              </option>
            ))}
          </SelectField>
          <SelectField
            label={t("strategy.objectives.metric")}
            hint={t("strategy.metricHint")}
            value={metric}
            onChange={(e) => setMetric(e.target.value)}
            error={metric === "custom" ? undefined : errorFor(save.error, "metric")}
          >
            <option value="" />
            {METRICS.map((m) => (
              <option key={m} value={m}>
                {t(`strategy.metrics.${m}`)}
              </option>
            ))}
            <option value="custom">{t("strategy.channels.other")}</option>
          </SelectField>
          {metric === "custom" && (
            <TextField label={t("strategy.objectives.metric")} value={customMetric} onChange={(e) => setCustomMetric(e.target.value)} error={errorFor(save.error, "metric")} />
          )}
          <TextField label={t("strategy.objectives.baseline")} inputMode="decimal" value={baseline} onChange={(e) => setBaseline(e.target.value)} error={errorFor(save.error, "baseline")} />
          <TextField label={t("strategy.objectives.target")} inputMode="decimal" value={target} onChange={(e) => setTarget(e.target.value)} error={errorFor(save.error, "target")} />
          <SelectField label={t("strategy.objectives.frequency")} value={frequency} onChange={(e) => setFrequency(e.target.value as Frequency | "")} error={errorFor(save.error, "frequency")}>
            <option value="">{t("strategy.objectives.noFrequency")}</option>
            {FREQUENCIES.map((f) => (
              <option key={f} value={f}>
                {t(`strategy.frequencies.${f}`)}
              </option>
            ))}
          </SelectField>
          <TextField label={t("strategy.objectives.periodStart")} hint={t("strategy.objectives.dateHint")} value={periodStart} onChange={(e) => setPeriodStart(e.target.value)} error={errorFor(save.error, "periodStart")} />
          <TextField label={t("strategy.objectives.deadline")} hint={t("strategy.objectives.dateHint")} value={deadline} onChange={(e) => setDeadline(e.target.value)} error={errorFor(save.error, "deadline")} />
        </div>
      )}
      <FormError error={formError(save.error, FIELDS)} />
      <FormActions submitLabel={t("common.save")} pending={save.isPending} onCancel={onDone} />
    </form>
  );
}
