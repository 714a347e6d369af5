// The same content on the other channels of its group: open any of them in
// the editor, or copy this one to a channel it is not on yet.
import { useState } from "react";
import { useTranslation } from "react-i18next";

import type { CalendarItem, Client, ItemId } from "../../../bindings";
import { FormError, SelectField } from "../../../components/fields";
import { errorFor, formError } from "../../../lib/ipc";
import { useAddVariant } from "../queries";
import { useChannelOptions } from "./channels";

export function Variants({
  client,
  item,
  variants,
  onOpen,
}: {
  client: Client;
  item: CalendarItem;
  variants: CalendarItem[];
  onOpen: (id: ItemId, notice: string | null) => void;
}) {
  const { t } = useTranslation();
  const { options, label } = useChannelOptions(client.id);
  const used = new Set([item.channel, ...variants.map((v) => v.channel)]);
  const free = options.filter((o) => !used.has(o.key));
  const [channel, setChannel] = useState("");
  const chosen = free.some((o) => o.key === channel) ? channel : (free[0]?.key ?? "");
  const add = useAddVariant();

  return (
    <section className="item-variants" aria-labelledby={`variants-${item.id}`}>
      <h3 id={`variants-${item.id}`}>{t("editor.variants.heading")}</h3>
      {variants.length === 0 ? (
        <p className="muted">{t("editor.variants.none")}</p>
      ) : (
        <ul className="variant-list">
          {variants.map((v) => (
            <li key={v.id}>
              <button type="button" className="link" onClick={() => onOpen(v.id, null)}>
                {label(v.channel)}
              </button>{" "}
              <span className="badge">{t(`calendar.statuses.${v.status}`)}</span>
            </li>
          ))}
        </ul>
      )}
      {free.length === 0 ? (
        <p className="muted">{t("editor.variants.allUsed")}</p>
      ) : (
        <form
          className="variant-form"
          aria-label={t("editor.variants.add")}
          onSubmit={(e) => {
            e.preventDefault();
            add.mutate(
              { id: item.id, channel: chosen },
              { onSuccess: (detail) => onOpen(detail.item.id, t("editor.variants.added", { channel: label(detail.item.channel) })) },
            );
          }}
        >
          <SelectField label={t("editor.variants.channel")} value={chosen} onChange={(e) => setChannel(e.target.value)} error={errorFor(add.error, "channels")}>
            {free.map((o) => (
              <option key={o.key} value={o.key}>
                {o.label}
              </option>
            ))}
          </SelectField>
          <FormError error={formError(add.error, ["channels"])} />
          <div className="actions">
            <button type="submit" disabled={add.isPending}>
              {t("editor.variants.add")}
            </button>
          </div>
        </form>
      )}
    </section>
  );
}
