// The objectives tree: macro objectives (by category) and, under each, the
// micro objectives per channel with their KPI and the SMART check.
import type { TFunction } from "i18next";
import { useState } from "react";
import { useTranslation } from "react-i18next";

import type { Client, MacroObjective, MicroObjective, ObjectiveId, Strategy } from "../../../bindings";
import { formatDate, formatNumber } from "../../../lib/format";
import { useLanguage } from "../../../lib/i18n";
import { isKnownMetric } from "../options";
import { ItemActions } from "./ItemActions";
import { ObjectiveForm, planChannelName } from "./ObjectiveForm";
import { Suggestions } from "./Suggestions";

type Editing = { kind: "new-macro" } | { kind: "macro"; id: ObjectiveId } | { kind: "new-micro"; parent: ObjectiveId } | { kind: "micro"; id: ObjectiveId; parent: ObjectiveId } | null;

export function ObjectivesSection({ client, strategy }: { client: Client; strategy: Strategy }) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState<Editing>(null);
  const readOnly = !strategy.editable;
  const objectives = strategy.document.objectives;
  const plan = strategy.document.channels;
  const done = () => setEditing(null);

  return (
    <section className="card" aria-labelledby="objectives-title">
      <h2 id="objectives-title">{t("strategy.objectives.title")}</h2>
      <p className="hint">{t("strategy.objectives.hint")}</p>
      <Suggestions clientId={client.id} suggestions={strategy.suggestions.filter((s) => s.target === "objective")} readOnly={readOnly} />
      {objectives.length === 0 && <p className="empty">{t("strategy.objectives.empty")}</p>}
      <ol className="objective-tree">
        {objectives.map((macro, index) => (
          <li key={macro.id}>
            {editing?.kind === "macro" && editing.id === macro.id ? (
              <ObjectiveForm client={client} plan={plan} parentId={null} macro={macro} onDone={done} />
            ) : (
              <MacroRow client={client} macro={macro} first={index === 0} last={index === objectives.length - 1} readOnly={readOnly} onEdit={() => setEditing({ kind: "macro", id: macro.id })} />
            )}
            <ul className="micro-list" aria-label={t("strategy.objectives.micros", { title: macro.title })}>
              {macro.micros.map((micro, i) => (
                <li key={micro.id}>
                  {editing?.kind === "micro" && editing.id === micro.id ? (
                    <ObjectiveForm client={client} plan={plan} parentId={macro.id} micro={micro} onDone={done} />
                  ) : (
                    <MicroRow
                      client={client}
                      strategy={strategy}
                      micro={micro}
                      first={i === 0}
                      last={i === macro.micros.length - 1}
                      readOnly={readOnly}
                      onEdit={() => setEditing({ kind: "micro", id: micro.id, parent: macro.id })}
                    />
                  )}
                </li>
              ))}
            </ul>
            {editing?.kind === "new-micro" && editing.parent === macro.id ? (
              <ObjectiveForm client={client} plan={plan} parentId={macro.id} onDone={done} />
            ) : (
              !readOnly && (
                <button type="button" className="link add-micro" onClick={() => setEditing({ kind: "new-micro", parent: macro.id })}>
                  {t("strategy.objectives.addMicro", { title: macro.title })}
                </button>
              )
            )}
          </li>
        ))}
      </ol>
      {editing?.kind === "new-macro" ? (
        <ObjectiveForm client={client} plan={plan} parentId={null} onDone={done} />
      ) : (
        !readOnly && (
          <button type="button" onClick={() => setEditing({ kind: "new-macro" })}>
            {t("strategy.objectives.addMacro")}
          </button>
        )
      )}
    </section>
  );
}

function MacroRow({ client, macro, first, last, readOnly, onEdit }: { client: Client; macro: MacroObjective; first: boolean; last: boolean; readOnly: boolean; onEdit: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="macro-row">
      <div>
        <span className="badge">{t(`strategy.categories.${macro.category}`)}</span>
        <h3>{macro.title}</h3>
        {macro.description && <p className="muted">{macro.description}</p>}
      </div>
      {!readOnly && <ItemActions clientId={client.id} item={{ kind: "objective", id: macro.id }} name={macro.title} onEdit={onEdit} first={first} last={last} />}
    </div>
  );
}

export function microSummary(micro: MicroObjective, t: TFunction, language: "it" | "en"): string {
  const metric = micro.metric ? (isKnownMetric(micro.metric) ? t(`strategy.metrics.${micro.metric}`) : micro.metric) : "";
  const n = (v: number | null) => (v === null ? "…" : formatNumber(v, language));
  return metric ? t("strategy.objectives.summary", { metric, baseline: n(micro.baseline), target: n(micro.target) }) : "";
}

function MicroRow({
  client,
  strategy,
  micro,
  first,
  last,
  readOnly,
  onEdit,
}: {
  client: Client;
  strategy: Strategy;
  micro: MicroObjective;
  first: boolean;
  last: boolean;
  readOnly: boolean;
  onEdit: () => void;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const smart = micro.smart.length === 0 ? t("strategy.objectives.smartOk") : t("strategy.objectives.smartMissing", { list: micro.smart.map((g) => t(`strategy.smart.${g}`)).join(", ") });
  return (
    <div className="micro-row">
      <div>
        <strong>{micro.title}</strong>
        <p className="micro-facts">
          {micro.channel && <span className="badge">{planChannelName(micro.channel, strategy.document.channels, language)}</span>}
          <span>{microSummary(micro, t, language)}</span>
          {micro.frequency && <span>· {t(`strategy.frequencies.${micro.frequency}`)}</span>}
          {micro.deadline && <span>· {t("strategy.objectives.deadline")}: {formatDate(micro.deadline, language)}</span>}
        </p>
        <p className={micro.smart.length === 0 ? "smart smart-ok" : "smart smart-missing"}>{smart}</p>
      </div>
      {!readOnly && <ItemActions clientId={client.id} item={{ kind: "objective", id: micro.id }} name={micro.title} onEdit={onEdit} first={first} last={last} />}
    </div>
  );
}
