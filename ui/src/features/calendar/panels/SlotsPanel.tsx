// Recurring slots: content that comes back every week on the same day and
// time ("the Friday special, 18:30 on Instagram"). They can be listed, added,
// removed, and turned into ideas on the calendar for the coming weeks.
import { useId, useState } from "react";
import { useTranslation } from "react-i18next";

import type { Client, Slot, SlotInput } from "../../../bindings";
import { FormError, SelectField, TextField } from "../../../components/fields";
import { errorFor, formError } from "../../../lib/ipc";
import { useStrategy } from "../../strategy/queries";
import { useChannelOptions } from "../editor/channels";
import { localToday } from "../editor/model";
import { useAddSlot, useFillSlots, useRemoveSlot, useSlots } from "../queries";
import "../editor/editor.css";

const WEEKDAYS = ["1", "2", "3", "4", "5", "6", "7"] as const;
type Weekday = (typeof WEEKDAYS)[number];

function weekdayKey(n: number): Weekday {
  return WEEKDAYS[n - 1] ?? "1";
}

export function SlotsPanel({ client }: { client: Client }) {
  const { t } = useTranslation();
  const headingId = useId();
  const slots = useSlots(client.id);
  const [formKey, setFormKey] = useState(0);
  return (
    <section className="panel slots" aria-labelledby={headingId}>
      <h3 id={headingId}>{t("editor.slots.heading")}</h3>
      <p className="hint">{t("editor.slots.intro")}</p>
      {slots.error ? (
        <FormError error={formError(slots.error, [])} />
      ) : !slots.data ? (
        <p className="muted">{t("editor.slots.loading")}</p>
      ) : slots.data.length === 0 ? (
        <p className="muted">{t("editor.slots.none")}</p>
      ) : (
        <ul className="panel-list">
          {slots.data.map((slot) => (
            <SlotRow key={slot.id} client={client} slot={slot} />
          ))}
        </ul>
      )}
      <SlotForm key={formKey} client={client} onAdded={() => setFormKey((k) => k + 1)} />
      {slots.data && slots.data.length > 0 && <FillForm client={client} />}
    </section>
  );
}

function SlotRow({ client, slot }: { client: Client; slot: Slot }) {
  const { t } = useTranslation();
  const { label } = useChannelOptions(client.id);
  const pillar = useStrategy(client.id).data?.document.pillars.find((p) => p.id === slot.pillarId);
  const remove = useRemoveSlot();
  return (
    <li>
      <span className="grow">
        <strong>{t("editor.slots.when", { weekday: t(`editor.weekdays.${weekdayKey(slot.weekday)}`), time: slot.time })}</strong> · {label(slot.channel)} ·{" "}
        {slot.title}
        {pillar && <span className="badge">{pillar.name}</span>}
      </span>
      <button type="button" className="subtle" disabled={remove.isPending} onClick={() => remove.mutate(slot.id)}>
        {t("editor.slots.remove", { title: slot.title })}
      </button>
      <FormError error={formError(remove.error, [])} />
    </li>
  );
}

function SlotForm({ client, onAdded }: { client: Client; onAdded: () => void }) {
  const { t } = useTranslation();
  const { options } = useChannelOptions(client.id);
  const pillars = useStrategy(client.id).data?.document.pillars ?? [];
  const add = useAddSlot(client.id);
  const [values, setValues] = useState({ channel: "", title: "", weekday: "1", time: "", pillarId: "" });
  const channel = values.channel || (options[0]?.key ?? "");
  const set = (key: keyof typeof values, value: string) => setValues((v) => ({ ...v, [key]: value }));
  const fields = ["channel", "title", "weekday", "time", "pillarId"];
  return (
    <form
      className="card form-grid"
      aria-label={t("editor.slots.add")}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        const input: SlotInput = { channel, title: values.title, weekday: Number(values.weekday), time: values.time, pillarId: values.pillarId || null };
        add.mutate(input, { onSuccess: onAdded });
      }}
    >
      <h4>{t("editor.slots.add")}</h4>
      <SelectField label={t("editor.slots.channel")} value={channel} onChange={(e) => set("channel", e.target.value)} error={errorFor(add.error, "channel")}>
        {options.map((o) => (
          <option key={o.key} value={o.key}>
            {o.label}
          </option>
        ))}
      </SelectField>
      <TextField label={t("editor.slots.title")} value={values.title} onChange={(e) => set("title", e.target.value)} error={errorFor(add.error, "title")} autoComplete="off" />
      <SelectField label={t("editor.slots.weekday")} value={values.weekday} onChange={(e) => set("weekday", e.target.value)} error={errorFor(add.error, "weekday")}>
        {WEEKDAYS.map((d) => (
          <option key={d} value={d}>
            {t(`editor.weekdays.${d}`)}
          </option>
        ))}
      </SelectField>
      <TextField
        label={t("editor.slots.time")}
        value={values.time}
        onChange={(e) => set("time", e.target.value)}
        placeholder={t("editor.slots.timePlaceholder")}
        error={errorFor(add.error, "time")}
        inputMode="numeric"
        autoComplete="off"
      />
      <SelectField label={t("editor.slots.pillar")} value={values.pillarId} onChange={(e) => set("pillarId", e.target.value)} error={errorFor(add.error, "pillarId")}>
        <option value="">{t("editor.none")}</option>
        {pillars.map((p) => (
          <option key={p.id} value={p.id}>
            {p.name}
          </option>
        ))}
      </SelectField>
      <FormError error={formError(add.error, fields)} />
      <div className="actions">
        <button type="submit" className="primary" disabled={add.isPending}>
          {t("editor.slots.addSubmit")}
        </button>
      </div>
    </form>
  );
}

function FillForm({ client }: { client: Client }) {
  const { t } = useTranslation();
  const fill = useFillSlots(client.id);
  const [weeks, setWeeks] = useState("4");
  return (
    <form
      className="fill-form"
      aria-label={t("editor.slots.fill")}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        fill.mutate({ from: localToday(), weeks: Number(weeks) || 0 });
      }}
    >
      <h4>{t("editor.slots.fill")}</h4>
      <TextField
        label={t("editor.slots.weeks")}
        type="number"
        min={1}
        max={26}
        value={weeks}
        onChange={(e) => {
          fill.reset();
          setWeeks(e.target.value);
        }}
        hint={t("editor.slots.weeksHint")}
        error={errorFor(fill.error, "weeks")}
      />
      <FormError error={formError(fill.error, ["weeks"])} />
      {fill.data !== undefined && (
        <p className="saved" role="status">
          {t("editor.slots.filled", { count: fill.data })}
        </p>
      )}
      <div className="actions">
        <button type="submit" disabled={fill.isPending}>
          {t("editor.slots.fillSubmit")}
        </button>
      </div>
    </form>
  );
}
