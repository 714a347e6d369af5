// The split's capacity and cost for one phase: the rate, budget and margin
// they are measured against, whose time the work fills, and what the agency's
// share costs. Every figure comes from the core's `Capacity`; nothing is
// recomputed here.
import { useTranslation } from "react-i18next";

import type { Client, Phase, Split } from "../../../bindings";
import { CostSummary } from "./CostSummary";
import { PeopleLoad } from "./PeopleLoad";
import { SettingsForm } from "./SettingsForm";
import "./capacity.css";

export function CapacityView({ client, split, phase }: { client: Client; split: Split; phase: Phase }) {
  const { t } = useTranslation();
  const capacity = split.capacity.find((c) => c.phase === phase);

  return (
    <div className="capacity">
      <SettingsForm clientId={client.id} settings={split.settings} />
      {split.settings.monthlyBudget === null && (
        <p role="status" className="capacity-note">
          {t("splitCapacity.budgetMissing")}
        </p>
      )}
      {capacity && (
        <>
          <PeopleLoad capacity={capacity} people={split.people} phase={phase} margin={split.settings.capacityMargin} />
          <CostSummary capacity={capacity} settings={split.settings} phase={phase} />
        </>
      )}
    </div>
  );
}
