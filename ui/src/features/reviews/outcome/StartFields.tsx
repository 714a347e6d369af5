// What an outcome "start" creates: an objective under one of the strategy's
// overall objectives, a channel (from the catalog, or one of our own), or an
// activity of the split (from its catalog, or one of our own).
import { useId } from "react";
import { useTranslation } from "react-i18next";

import { CHANNELS, type StrategyDocument } from "../../../bindings";
import { SelectField, TextField } from "../../../components/fields";
import { useLanguage } from "../../../lib/i18n";
import { channelLabel } from "../../../lib/i18n/channels";
import type { AppError } from "../../../lib/ipc";
import { METRICS } from "../../strategy/options";
import { CATALOG_ACTIVITIES, channelWord } from "../words";
import { CUSTOM, type Control, type Draft } from "./draft";

type Props = {
  draft: Draft;
  onChange: (patch: Partial<Draft>) => void;
  document: StrategyDocument | undefined;
  errorAt: (control: Control) => AppError | undefined;
};

export function StartFields({ draft, onChange, document, errorAt }: Props) {
  switch (draft.start) {
    case "objective":
      return <ObjectiveFields draft={draft} onChange={onChange} document={document} errorAt={errorAt} />;
    case "channel":
      return <ChannelFields draft={draft} onChange={onChange} document={document} errorAt={errorAt} />;
    case "activity":
      return <ActivityFields draft={draft} onChange={onChange} errorAt={errorAt} />;
    case null:
      return null;
  }
}

function ObjectiveFields({ draft, onChange, document, errorAt }: Props) {
  const { t } = useTranslation();
  const language = useLanguage();
  const macros = document?.objectives ?? [];
  const channels = (document?.channels ?? []).filter((c) => c.status !== "closed");
  return (
    <>
      <SelectField
        label={t("reviews.form.parent")}
        value={draft.parentId}
        onChange={(e) => onChange({ parentId: e.target.value })}
        hint={macros.length === 0 ? t("reviews.form.noParents") : undefined}
        error={errorAt("parentId")}
      >
        <option value="">{t("reviews.form.choose")}</option>
        {macros.map((m) => (
          <option key={m.id} value={m.id}>
            {m.title}
          </option>
        ))}
      </SelectField>
      <TextField
        label={t("reviews.form.objectiveTitle")}
        value={draft.title}
        autoComplete="off"
        onChange={(e) => onChange({ title: e.target.value })}
        error={errorAt("title")}
      />
      <SelectField label={t("reviews.form.metric")} value={draft.metric} onChange={(e) => onChange({ metric: e.target.value })} error={errorAt("metric")}>
        <option value="">{t("reviews.form.noMetric")}</option>
        {METRICS.map((m) => (
          <option key={m} value={m}>
            {t(`strategy.metrics.${m}`)}
          </option>
        ))}
      </SelectField>
      <TextField
        label={t("reviews.form.target")}
        value={draft.startTarget}
        inputMode="decimal"
        autoComplete="off"
        onChange={(e) => onChange({ startTarget: e.target.value })}
        hint={t("reviews.form.targetHint")}
        error={errorAt("startTarget")}
      />
      <SelectField
        label={t("reviews.form.channel")}
        value={draft.objectiveChannel}
        onChange={(e) => onChange({ objectiveChannel: e.target.value })}
        error={errorAt("objectiveChannel")}
      >
        <option value="">{t("reviews.form.noChannel")}</option>
        {channels.map((c) => (
          <option key={c.id} value={c.channel}>
            {channelWord(c.channel, channels, language)}
          </option>
        ))}
      </SelectField>
    </>
  );
}

function ChannelFields({ draft, onChange, document, errorAt }: Props) {
  const { t } = useTranslation();
  const language = useLanguage();
  // A channel closed in the plan is still in it: starting it again is an edit of the strategy.
  const planned = new Set((document?.channels ?? []).map((c) => c.channel));
  return (
    <>
      <SelectField label={t("reviews.form.channel")} value={draft.channelKey} onChange={(e) => onChange({ channelKey: e.target.value })} error={errorAt("channelKey")}>
        <option value="">{t("reviews.form.choose")}</option>
        {CHANNELS.filter((key) => !planned.has(key)).map((key) => (
          <option key={key} value={key}>
            {channelLabel(key, language)}
          </option>
        ))}
        <option value={CUSTOM}>{t("reviews.form.ownChannel")}</option>
      </SelectField>
      {draft.channelKey === CUSTOM && (
        <TextField
          label={t("reviews.form.channelName")}
          value={draft.channelName}
          autoComplete="off"
          onChange={(e) => onChange({ channelName: e.target.value })}
          error={errorAt("channelName")}
        />
      )}
    </>
  );
}

/** The shared words for a duplicate name speak of clients: an activity already running says so. */
function useRunning(error: AppError | undefined) {
  const id = useId();
  const running = error?.code === "duplicate_name";
  return {
    error: running ? undefined : error,
    props: running ? { "aria-invalid": true, "aria-describedby": id } : {},
    id: running ? id : null,
  };
}

function ActivityFields({ draft, onChange, errorAt }: Omit<Props, "document">) {
  const { t } = useTranslation();
  const custom = draft.activityKey === CUSTOM;
  const key = useRunning(errorAt("activityKey"));
  const name = useRunning(errorAt("activityName"));
  const runningId = key.id ?? name.id;
  return (
    <>
      <SelectField
        label={t("reviews.form.activity")}
        value={draft.activityKey}
        onChange={(e) => onChange({ activityKey: e.target.value })}
        error={key.error}
        {...key.props}
      >
        <option value="">{t("reviews.form.choose")}</option>
        {CATALOG_ACTIVITIES.map((a) => (
          <option key={a} value={a}>
            {t(`split.activities.${a}`)}
          </option>
        ))}
        <option value={CUSTOM}>{t("reviews.form.ownActivity")}</option>
      </SelectField>
      {custom && (
        <TextField
          label={t("reviews.form.activityName")}
          value={draft.activityName}
          autoComplete="off"
          onChange={(e) => onChange({ activityName: e.target.value })}
          error={name.error}
          {...name.props}
        />
      )}
      {runningId && (
        <p id={runningId} className="field-error" role="alert">
          {t("reviews.form.activityRunning")}
        </p>
      )}
    </>
  );
}
