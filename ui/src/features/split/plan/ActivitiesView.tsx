// The client's activities: the catalog every client starts with plus the
// ones added for this client. What each needs (skills, the business's voice,
// hours) is what Regia's advice weighs.
import { useState } from "react";
import { useTranslation } from "react-i18next";

import type { Activity, ActivityId, Client, Split } from "../../../bindings";
import { formatNumber } from "../../../lib/format";
import { useLanguage } from "../../../lib/i18n";
import { activityLabel } from "../matrix/labels";
import { ActivityForm } from "./ActivityForm";
import { PlanList, RowActions } from "./PlanList";
import { useDeleteActivity } from "./queries";
import { voiceWord } from "./words";

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
    <PlanList
      id="split-activities-title"
      title={t("splitPlan.activities.title")}
      intro={t("splitPlan.activities.intro")}
      newLabel={t("splitPlan.activities.new")}
      onNew={editing ? null : () => startEditing({ activity: null })}
      error={remove.error}
      form={
        editing && (
          <ActivityForm
            key={editing.activity?.id ?? "new"}
            clientId={client.id}
            activity={editing.activity}
            onSaved={() => setEditing(null)}
            onCancel={() => setEditing(null)}
          />
        )
      }
      empty={split.activities.length === 0 ? t("splitPlan.activities.empty") : null}
    >
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
                <RowActions
                  confirming={confirming === activity.id}
                  question={
                    <span role="alert" className="split-warning">
                      {t("splitPlan.activities.deleteWarning")}
                    </span>
                  }
                  confirmLabel={t("splitPlan.activities.confirmDelete", { name })}
                  pending={remove.isPending}
                  onConfirm={() => remove.mutate(activity.id, { onSuccess: () => setConfirming(null) })}
                  onCancel={() => setConfirming(null)}
                  onEdit={() => startEditing({ activity })}
                  onDelete={() => {
                    remove.reset();
                    setConfirming(activity.id);
                  }}
                />
              </tr>
            );
          })}
        </tbody>
      </table>
    </PlanList>
  );
}
