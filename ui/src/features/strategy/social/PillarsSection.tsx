// Content pillars and their target mix, drawn as one stacked bar so a gap or
// an excess from 100% is seen at a glance.
import { useState } from "react";
import { useTranslation } from "react-i18next";

import { commands, type Client, type Pillar, type PillarId, type PillarInput, type Strategy } from "../../../bindings";
import { FormActions, FormError, TextField } from "../../../components/fields";
import { errorFor, formError } from "../../../lib/ipc";
import { useStrategyEdit } from "../queries";
import { ItemActions } from "./ItemActions";

const PALETTE = ["#1f3a57", "#d9553d", "#2f7d4f", "#b7791f", "#6b4fa0", "#2b7a8c", "#9c3d6b", "#5b6877"];

export function PillarsSection({ client, strategy }: { client: Client; strategy: Strategy }) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState<PillarId | "new" | null>(null);
  const readOnly = !strategy.editable;
  const pillars = strategy.document.pillars;
  const total = strategy.mixTotal;
  return (
    <section className="card" aria-labelledby="pillars-title">
      <h2 id="pillars-title">{t("strategy.pillars.title")}</h2>
      <p className="hint">{t("strategy.pillars.hint")}</p>
      {pillars.length === 0 ? (
        <p className="empty">{t("strategy.pillars.empty")}</p>
      ) : (
        <>
          <div className="mix-bar" role="img" aria-label={`${t("strategy.pillars.chart")}: ${pillars.map((p) => `${p.name} ${p.share}%`).join(", ")}`}>
            {pillars.map((p, i) => (
              <span key={p.id} style={{ width: `${Math.min(p.share, 100)}%`, background: PALETTE[i % PALETTE.length] }} title={`${p.name} ${p.share}%`}>
                {p.share >= 8 ? `${p.share}%` : ""}
              </span>
            ))}
          </div>
          <p className={total === 100 ? "mix-total" : "mix-total mix-wrong"} role={total === 100 ? undefined : "alert"}>
            {total === 100 ? t("strategy.pillars.total", { total }) : t("strategy.pillars.totalWrong", { total })}
          </p>
        </>
      )}
      <ul className="plain-list">
        {pillars.map((p, i) => (
          <li key={p.id}>
            {editing === p.id ? (
              <PillarForm client={client} pillar={p} onDone={() => setEditing(null)} />
            ) : (
              <div className="row-item">
                <span className="swatch" style={{ background: PALETTE[i % PALETTE.length] }} aria-hidden="true" />
                <div className="row-main">
                  <strong>{p.name}</strong> <span className="badge">{p.share}%</span>
                  {p.description && <p className="muted">{p.description}</p>}
                </div>
                {!readOnly && (
                  <ItemActions clientId={client.id} item={{ kind: "pillar", id: p.id }} name={p.name} onEdit={() => setEditing(p.id)} first={i === 0} last={i === pillars.length - 1} />
                )}
              </div>
            )}
          </li>
        ))}
      </ul>
      {editing === "new" ? (
        <PillarForm client={client} onDone={() => setEditing(null)} />
      ) : (
        !readOnly && (
          <button type="button" onClick={() => setEditing("new")}>
            {t("strategy.pillars.add")}
          </button>
        )
      )}
    </section>
  );
}

function PillarForm({ client, pillar, onDone }: { client: Client; pillar?: Pillar; onDone: () => void }) {
  const { t } = useTranslation();
  const [name, setName] = useState(pillar?.name ?? "");
  const [description, setDescription] = useState(pillar?.description ?? "");
  const [share, setShare] = useState(pillar ? String(pillar.share) : "");
  const save = useStrategyEdit(client.id, (input: PillarInput) => commands.savePillar(client.id, input));
  return (
    <form
      className="inline-form"
      aria-label={t("strategy.pillars.title")}
      onSubmit={(e) => {
        e.preventDefault();
        const parsed = Number(share.replace(",", ".").replace("%", "").trim() || "0");
        save.mutate({ id: pillar?.id ?? null, name, description, share: Number.isFinite(parsed) ? Math.round(parsed) : -1 }, { onSuccess: onDone });
      }}
    >
      <TextField label={t("strategy.pillars.name")} value={name} onChange={(e) => setName(e.target.value)} error={errorFor(save.error, "name")} autoFocus />
      <TextField label={t("strategy.pillars.description")} value={description} onChange={(e) => setDescription(e.target.value)} error={errorFor(save.error, "description")} />
      <TextField label={t("strategy.pillars.share")} inputMode="numeric" value={share} onChange={(e) => setShare(e.target.value)} error={errorFor(save.error, "share")} />
      <FormError error={formError(save.error, ["name", "description", "share"])} />
      <FormActions submitLabel={t("common.save")} pending={save.isPending} onCancel={onDone} />
    </form>
  );
}
