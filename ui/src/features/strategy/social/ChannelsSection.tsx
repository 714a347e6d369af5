// The channel plan: each channel with its role, audience, importance, posts
// per week and status. Catalog channels or the business's own.
import { useState } from "react";
import { useTranslation } from "react-i18next";

import {
  CHANNELS,
  commands,
  type Client,
  type PlanChannel,
  type PlanChannelId,
  type PlanChannelInput,
  type PlanChannelStatus,
  type Strategy,
} from "../../../bindings";
import { FormActions, FormError, SelectField, TextField } from "../../../components/fields";
import { formatNumber } from "../../../lib/format";
import { useLanguage } from "../../../lib/i18n";
import { channelLabel } from "../../../lib/i18n/channels";
import { errorFor, formError } from "../../../lib/ipc";
import { PLAN_STATUSES } from "../options";
import { useStrategyEdit } from "../queries";
import { ItemActions } from "./ItemActions";
import { planChannelName } from "./ObjectiveForm";
import { Suggestions } from "./Suggestions";

export function ChannelsSection({ client, strategy }: { client: Client; strategy: Strategy }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [editing, setEditing] = useState<PlanChannelId | "new" | null>(null);
  const readOnly = !strategy.editable;
  const plan = strategy.document.channels;
  return (
    <section className="card" aria-labelledby="channels-title">
      <h2 id="channels-title">{t("strategy.channels.title")}</h2>
      <p className="hint">{t("strategy.channels.hint")}</p>
      <Suggestions clientId={client.id} suggestions={strategy.suggestions.filter((s) => s.target === "channel")} readOnly={readOnly} />
      {plan.length === 0 ? (
        <p className="empty">{t("strategy.channels.empty")}</p>
      ) : (
        <table className="table">
          <thead>
            <tr>
              <th scope="col">{t("strategy.channels.channel")}</th>
              <th scope="col">{t("strategy.channels.role")}</th>
              <th scope="col">{t("strategy.channels.audience")}</th>
              <th scope="col">{t("strategy.channels.importance")}</th>
              <th scope="col">{t("strategy.channels.postsPerWeek")}</th>
              <th scope="col">{t("strategy.channels.status")}</th>
              {!readOnly && <th scope="col">{t("common.actions")}</th>}
            </tr>
          </thead>
          <tbody>
            {plan.map((c, i) =>
              editing === c.id ? (
                <tr key={c.id}>
                  <td colSpan={7}>
                    <ChannelForm client={client} channel={c} onDone={() => setEditing(null)} />
                  </td>
                </tr>
              ) : (
                <tr key={c.id}>
                  <th scope="row">{planChannelName(c.channel, plan, language)}</th>
                  <td>{c.role}</td>
                  <td>{c.audience}</td>
                  <td>
                    <span className="importance" aria-label={`${c.importance} / 5`}>
                      {"●".repeat(c.importance)}
                      <span className="importance-off">{"●".repeat(5 - c.importance)}</span>
                    </span>
                  </td>
                  <td>{formatNumber(c.postsPerWeek ?? 0, language)}</td>
                  <td>
                    <span className={`badge plan-${c.status}`}>{t(`strategy.channels.statuses.${c.status}`)}</span>
                  </td>
                  {!readOnly && (
                    <td>
                      <ItemActions
                        clientId={client.id}
                        item={{ kind: "channel", id: c.id }}
                        name={planChannelName(c.channel, plan, language)}
                        onEdit={() => setEditing(c.id)}
                        first={i === 0}
                        last={i === plan.length - 1}
                      />
                    </td>
                  )}
                </tr>
              ),
            )}
          </tbody>
        </table>
      )}
      {editing === "new" ? (
        <ChannelForm client={client} onDone={() => setEditing(null)} />
      ) : (
        !readOnly && (
          <button type="button" onClick={() => setEditing("new")}>
            {t("strategy.channels.add")}
          </button>
        )
      )}
    </section>
  );
}

function ChannelForm({ client, channel, onDone }: { client: Client; channel?: PlanChannel; onDone: () => void }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const custom = channel?.channel.startsWith("custom:") ?? false;
  const [key, setKey] = useState(channel ? (custom ? "" : channel.channel) : "instagram");
  const [name, setName] = useState(channel?.name ?? "");
  const [role, setRole] = useState(channel?.role ?? "");
  const [audience, setAudience] = useState(channel?.audience ?? "");
  const [importance, setImportance] = useState(channel?.importance ?? 3);
  const [posts, setPosts] = useState(channel ? formatNumber(channel.postsPerWeek ?? 0, language) : "2");
  const [status, setStatus] = useState<PlanChannelStatus>(channel?.status ?? "planned");
  const [localError, setLocalError] = useState(false);
  const save = useStrategyEdit(client.id, (input: PlanChannelInput) => commands.savePlanChannel(client.id, input));
  const fields = ["channel", "name", "role", "audience", "importance", "postsPerWeek", "status"];
  return (
    <form
      className="inline-form form-grid"
      aria-label={t("strategy.channels.title")}
      onSubmit={(e) => {
        e.preventDefault();
        const parsed = Number(posts.replace(/\./g, "").replace(",", ".").trim());
        if (posts.trim() === "" || !Number.isFinite(parsed)) {
          setLocalError(true);
          return;
        }
        setLocalError(false);
        save.mutate({ id: channel?.id ?? null, channel: key, name, role, audience, importance, postsPerWeek: parsed, status }, { onSuccess: onDone });
      }}
    >
      <SelectField label={t("strategy.channels.channel")} value={key} onChange={(e) => setKey(e.target.value)} error={errorFor(save.error, "channel")}>
        {CHANNELS.map((c) => (
          <option key={c} value={c}>
            {channelLabel(c, language)}
          </option>
        ))}
        <option value="">{t("strategy.channels.other")}</option>
      </SelectField>
      {key === "" && <TextField label={t("strategy.channels.name")} value={name} onChange={(e) => setName(e.target.value)} error={errorFor(save.error, "name")} />}
      <TextField label={t("strategy.channels.role")} hint={t("strategy.channels.roleHint")} value={role} onChange={(e) => setRole(e.target.value)} error={errorFor(save.error, "role")} />
      <TextField label={t("strategy.channels.audience")} value={audience} onChange={(e) => setAudience(e.target.value)} error={errorFor(save.error, "audience")} />
      <SelectField label={t("strategy.channels.importance")} value={importance} onChange={(e) => setImportance(Number(e.target.value))} error={errorFor(save.error, "importance")}>
        {[1, 2, 3, 4, 5].map((n) => (
          <option key={n} value={n}>
            {n}
          </option>
        ))}
      </SelectField>
      <TextField
        label={t("strategy.channels.postsPerWeek")}
        inputMode="decimal"
        value={posts}
        onChange={(e) => setPosts(e.target.value)}
        error={localError ? undefined : errorFor(save.error, "postsPerWeek")}
        aria-invalid={localError ? true : undefined}
      />
      {localError && <p className="field-error" role="alert">{t("errors.invalid_number", { value: posts })}</p>}
      <SelectField label={t("strategy.channels.status")} value={status} onChange={(e) => setStatus(e.target.value as PlanChannelStatus)} error={errorFor(save.error, "status")}>
        {PLAN_STATUSES.map((s) => (
          <option key={s} value={s}>
            {t(`strategy.channels.statuses.${s}`)}
          </option>
        ))}
      </SelectField>
      <FormError error={formError(save.error, fields)} />
      <FormActions submitLabel={t("common.save")} pending={save.isPending} onCancel={onDone} />
    </form>
  );
}
