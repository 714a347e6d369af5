// The client's activities: the catalog every client starts with plus the
// ones added for this client. What each needs (skills, the business's voice,
// hours) is what Regia's advice weighs.
import { useState } from "react";
import { useTranslation } from "react-i18next";

import type { Activity, ActivityId, Client, Split } from "../../../bindings";
import { FormError } from "../../../components/fields";
import { formatNumber } from "../../../lib/format";
import { useLanguage } from "../../../lib/i18n";
import { toAppError } from "../../../lib/ipc";
import { activityLabel } from "../matrix/labels";
import { ActivityForm } from "./ActivityForm";
import { useDeleteActivity } from "./queries";
import { voiceWord } from "./words";
import "./plan.css";

type Editing = { activity: Activity | null } | null;

export function ActivitiesView({ client, split }: { client: Client; split: Split }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const remove = useDeleteActivity(client.id);
  const [editing, setEditing] = useState<Editing>(null);
  const [confirming, setConfirming] = useState<ActivityId | null>(null);

  const startEditing = (next: Editing) => {
    setConfirming(null);
    remove.reset();
    setEditing(next);
  };

  return (
    <section className="split-plan" aria-labelledby="split-activities-title">
      <div className="split-plan-head">
        <h2 id="split-activities-title">{t("splitPlan.activities.title")}</h2>
        {!editing && (
          <button type="button" className="primary" onClick={() => startEditing({ activity: null })}>
            {t("splitPlan.activities.new")}
          </button>
        )}
      </div>
      <p className="hint">{t("splitPlan.activities.intro")}</p>
      <FormError error={remove.error ? toAppError(remove.error) : undefined} />
      {editing && (
        <ActivityForm
          key={editing.activity?.id ?? "new"}
          clientId={client.id}
          activity={editing.activity}
          onSaved={() => setEditing(null)}
          onCancel={() => setEditing(null)}
        />
      )}
      {split.activities.length === 0 ? (
        <p className="empty">{t("splitPlan.activities.empty")}</p>
      ) : (
        <table className="table split-activities" aria-label={t("splitPlan.activities.list")}>
          <thead>
            <tr>
              <th scope="col">{t("splitPlan.activities.columns.name")}</th>
              <th scope="col">{t("splitPlan.activities.columns.skills")}</th>
              <th scope="col">{t("splitPlan.activities.columns.voice")}</th>
              <th scope="col">{t("splitPlan.activities.columns.hours")}</th>
              <th scope="col">{t("splitPlan.activities.columns.actions")}</th>
            </tr>
          </thead>
          <tbody>
            {split.activities.map((activity) => {
              const name = activityLabel(t, activity);
              return (
                <tr key={activity.id}>
                  <th scope="row">
                    {name} {activity.name !== "" && <span className="badge custom">{t("splitPlan.activities.custom")}</span>}
                  </th>
                  <td>{activity.skills.length ? activity.skills.map((s) => t(`skills.${s}`)).join(", ") : <span className="muted">{t("splitPlan.activities.noSkills")}</span>}</td>
                  <td>{voiceWord(t, activity.voice)}</td>
                  <td className="number">{activity.hours == null ? "" : formatNumber(activity.hours, language)}</td>
                  <td>
                    {confirming === activity.id ? (
                      <div className="actions">
                        <span role="alert" className="split-warning">
                          {t("splitPlan.activities.deleteWarning")}
                        </span>
                        <button
                          type="button"
                          className="danger"
                          disabled={remove.isPending}
                          onClick={() => remove.mutate(activity.id, { onSuccess: () => setConfirming(null) })}
                        >
                          {t("splitPlan.activities.confirmDelete", { name })}
                        </button>
                        <button type="button" onClick={() => setConfirming(null)}>
                          {t("common.cancel")}
                        </button>
                      </div>
                    ) : (
                      <div className="actions">
                        <button type="button" onClick={() => startEditing({ activity })}>
                          {t("common.edit")}
                        </button>
                        <button
                          type="button"
                          onClick={() => {
                            remove.reset();
                            setConfirming(activity.id);
                          }}
                        >
                          {t("common.delete")}
                        </button>
                      </div>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </section>
  );
}
