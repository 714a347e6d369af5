// The words and plan of one content: create (on one or more channels, as an
// idea or a draft) or edit. Date and time go to the core as typed; its errors
// show next to their field and everything typed stays. The status moves only
// through the workflow (StatusActions), never from this form.
import { useState } from "react";
import { useTranslation } from "react-i18next";

import type { Activity, CalendarItem, Client, ItemInput, ItemStatus } from "../../../bindings";
import { FormActions, FormError, SelectField, TextArea, TextField } from "../../../components/fields";
import { errorFor, formError } from "../../../lib/ipc";
import { usePeople } from "../../people/queries";
import { activityLabel } from "../../split/matrix/labels";
import { useSplit } from "../../split/queries";
import { useStrategy } from "../../strategy/queries";
import { useCreateItems, useUpdateItem } from "../queries";
import { CaptionField } from "./CaptionField";
import { ChannelPicker } from "./ChannelPicker";
import { useChannelOptions } from "./channels";
import type { NewItemDraft } from "./ItemEditor";
import { typedDate, typedPlan } from "./model";
import { useOccasionName } from "./occasionName";

const FIELDS = ["channels", "title", "caption", "date", "time", "status", "pillarId", "objectiveId", "occasion", "ownerId", "activityId", "notes"] as const;
const NEW_STATUSES: ItemStatus[] = ["idea", "draft"];

interface Values {
  channels: string[];
  title: string;
  caption: string;
  date: string;
  time: string;
  status: ItemStatus;
  pillarId: string;
  objectiveId: string;
  ownerId: string;
  activityId: string;
  notes: string;
}

function initialValues(item: CalendarItem | null, draft: NewItemDraft | undefined, channels: string[]): Values {
  if (item) {
    const plan = typedPlan(item.plannedLocal);
    return {
      channels: [item.channel],
      title: item.title,
      caption: item.caption,
      date: plan.date,
      time: plan.time,
      status: item.status,
      pillarId: item.pillarId ?? "",
      objectiveId: item.objectiveId ?? "",
      ownerId: item.ownerId ?? "",
      activityId: item.activityId ?? "",
      notes: item.notes,
    };
  }
  const date = draft?.date ? typedDate(draft.date) : "";
  return {
    channels,
    title: draft?.title ?? "",
    caption: "",
    date,
    time: draft?.time ?? "",
    status: date ? "draft" : "idea",
    pillarId: "",
    objectiveId: "",
    ownerId: "",
    activityId: "",
    notes: "",
  };
}

/** The split's active activities, and the one the item already belongs to even if it has closed since. */
function activityOptions(activities: Activity[], current: string): Activity[] {
  return activities.filter((a) => a.status === "active" || a.id === current);
}

export function ItemForm({
  client,
  item,
  draft,
  onCreated,
  onCancel,
  onDirtyChange,
}: {
  client: Client;
  item: CalendarItem | null;
  draft?: NewItemDraft | undefined;
  onCreated: () => void;
  onCancel: () => void;
  /** Told when the form starts or stops holding unsaved changes. */
  onDirtyChange?: (dirty: boolean) => void;
}) {
  const { t } = useTranslation();
  const { options, label } = useChannelOptions(client.id);
  const planned = options.filter((o) => o.inPlan);
  const [values, setValues] = useState(() => initialValues(item, draft, planned.length === 1 && planned[0] ? [planned[0].key] : []));
  const [saved, setSaved] = useState(false);
  const create = useCreateItems(client.id);
  const update = useUpdateItem();
  const mutation = item ? update : create;
  const error = mutation.error;
  const strategy = useStrategy(client.id).data?.document;
  const people = usePeople(client.id).data ?? [];
  const activities = useSplit(client.id).data?.activities ?? [];
  const occasionName = useOccasionName(client.id);
  const occasion = item ? item.occasion : (draft?.occasion ?? null);
  const locked = item !== null && (item.status === "published" || item.status === "cancelled");
  const approved = item !== null && (item.status === "approved" || item.status === "scheduled");

  const set = <K extends keyof Values>(key: K, value: Values[K]) => {
    setSaved(false);
    setValues((v) => ({ ...v, [key]: value }));
    onDirtyChange?.(true);
  };

  const submit = () => {
    const input: ItemInput = {
      channels: values.channels,
      title: values.title,
      caption: values.caption,
      date: values.date,
      time: values.time,
      status: item ? item.status : values.status,
      pillarId: values.pillarId || null,
      objectiveId: values.objectiveId || null,
      occasion,
      ownerId: values.ownerId || null,
      activityId: values.activityId || null,
      notes: values.notes,
    };
    if (item)
      update.mutate(
        { id: item.id, input },
        {
          onSuccess: () => {
            setSaved(true);
            onDirtyChange?.(false);
          },
        },
      );
    else create.mutate(input, { onSuccess: onCreated });
  };

  return (
    <form
      className="item-form"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
    >
      {item ? (
        <p className="item-channel">
          <strong>{t("editor.channel")}:</strong> {label(item.channel)}
        </p>
      ) : (
        <ChannelPicker options={options} value={values.channels} onChange={(c) => set("channels", c)} error={errorFor(error, "channels")} />
      )}
      <TextField
        label={t("editor.title")}
        value={values.title}
        onChange={(e) => set("title", e.target.value)}
        readOnly={locked}
        hint={locked ? t("editor.lockedHint") : approved ? t("editor.wordsHint") : undefined}
        error={errorFor(error, "title")}
        autoComplete="off"
      />
      <CaptionField
        value={values.caption}
        onChange={(c) => set("caption", c)}
        channels={values.channels}
        channelName={label}
        error={errorFor(error, "caption")}
        readOnly={locked}
      />
      <div className="form-grid">
        <TextField
          label={t("editor.date")}
          value={values.date}
          onChange={(e) => set("date", e.target.value)}
          placeholder={t("editor.datePlaceholder")}
          hint={t("editor.dateHint")}
          error={errorFor(error, "date")}
          inputMode="numeric"
          autoComplete="off"
        />
        <TextField
          label={t("editor.time")}
          value={values.time}
          onChange={(e) => set("time", e.target.value)}
          placeholder="10:00"
          hint={t("editor.timeHint")}
          error={errorFor(error, "time")}
          inputMode="numeric"
          autoComplete="off"
        />
        {!item && (
          <SelectField label={t("editor.status")} value={values.status} onChange={(e) => set("status", e.target.value as ItemStatus)} error={errorFor(error, "status")}>
            {NEW_STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`calendar.statuses.${s}`)}
              </option>
            ))}
          </SelectField>
        )}
        <SelectField label={t("editor.pillar")} value={values.pillarId} onChange={(e) => set("pillarId", e.target.value)} error={errorFor(error, "pillarId")}>
          <option value="">{t("editor.none")}</option>
          {strategy?.pillars.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </SelectField>
        <SelectField label={t("editor.objective")} value={values.objectiveId} onChange={(e) => set("objectiveId", e.target.value)} error={errorFor(error, "objectiveId")}>
          <option value="">{t("editor.none")}</option>
          {strategy?.objectives
            .filter((macro) => macro.micros.length > 0)
            .map((macro) => (
              <optgroup key={macro.id} label={macro.title}>
                {macro.micros.map((micro) => (
                  <option key={micro.id} value={micro.id}>
                    {micro.title}
                  </option>
                ))}
              </optgroup>
            ))}
        </SelectField>
        <SelectField label={t("editor.owner")} value={values.ownerId} onChange={(e) => set("ownerId", e.target.value)} error={errorFor(error, "ownerId")}>
          <option value="">{t("editor.none")}</option>
          {people.map((p) => (
            <option key={p.id} value={p.id}>
              {t("editor.ownerOption", { name: p.name, side: t(`sides.${p.side}`) })}
            </option>
          ))}
        </SelectField>
        <SelectField label={t("editor.activity")} value={values.activityId} onChange={(e) => set("activityId", e.target.value)} error={errorFor(error, "activityId")}>
          <option value="">{t("editor.noActivity")}</option>
          {activityOptions(activities, values.activityId).map((a) => (
            <option key={a.id} value={a.id}>
              {a.status === "active" ? activityLabel(t, a) : t("editor.closedActivity", { name: activityLabel(t, a) })}
            </option>
          ))}
          {values.activityId && !activities.some((a) => a.id === values.activityId) && <option value={values.activityId}>{t("editor.linkedActivity")}</option>}
        </SelectField>
        {occasion && <TextField label={t("editor.occasion")} value={occasionName(occasion)} readOnly error={errorFor(error, "occasion")} />}
      </div>
      <TextArea label={t("editor.notes")} value={values.notes} onChange={(e) => set("notes", e.target.value)} error={errorFor(error, "notes")} rows={3} />
      <FormError error={formError(error, FIELDS)} />
      {saved && (
        <p className="saved" role="status">
          {t("editor.saved")}
        </p>
      )}
      <FormActions submitLabel={item ? t("editor.save") : t("editor.create")} pending={mutation.isPending} onCancel={onCancel} />
    </form>
  );
}
