// The in-house / agency split of a client: the matrix of who does what, how
// it moves across phases, whose time and whose money it takes, and what the
// agency teaches. One `Split` from the core feeds every view.
import { useState } from "react";
import { useTranslation } from "react-i18next";

import type { Client, Phase } from "../../bindings";
import { Tabs } from "../../components/Tabs";
import { useErrorText } from "../../lib/i18n";
import { toAppError } from "../../lib/ipc";
import { CapacityView } from "./capacity/CapacityView";
import { PhasesView } from "./capacity/PhasesView";
import { MatrixView } from "./matrix/MatrixView";
import { ActivitiesView } from "./plan/ActivitiesView";
import { ExportActions } from "./plan/ExportActions";
import { TransfersView } from "./plan/TransfersView";
import { useSplit } from "./queries";
import "./split.css";

const VIEWS = ["matrix", "phases", "capacity", "transfers", "activities"] as const;
type View = (typeof VIEWS)[number];
export const PHASES: readonly Phase[] = ["startup", "growth", "autonomy"];

export function SplitScreen({ client, agency }: { client: Client; agency: boolean }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const split = useSplit(client.id);
  const [view, setView] = useState<View>("matrix");
  const [phase, setPhase] = useState<Phase>(client.phase);

  if (split.isError) return <p role="alert">{errorText(toAppError(split.error))}</p>;
  if (!split.data) return <div className="splash" aria-busy="true" />;

  const phased = view === "matrix" || view === "capacity";

  return (
    <div className="screen split-screen">
      <header className="screen-header">
        <h1>{t("split.title", { name: client.name })}</h1>
        <ExportActions client={client} />
      </header>
      <p className="hint">{t("split.intro")}</p>
      <Tabs id="split" label={t("split.views.label")} views={VIEWS} current={view} onChange={setView} name={(v) => t(`split.views.${v}`)} />
      <div id={`split-panel-${view}`} role="tabpanel" aria-labelledby={`split-tab-${view}`}>
        {phased && (
          <fieldset className="split-phase" role="radiogroup" aria-label={t("split.phase")}>
            <legend>{t("split.phase")}</legend>
            {PHASES.map((p) => (
              <label key={p}>
                <input type="radio" name="split-phase" value={p} checked={phase === p} onChange={() => setPhase(p)} />
                {t(`phases.${p}`)}
                {p === client.phase && <small> ({t("split.currentPhase")})</small>}
              </label>
            ))}
          </fieldset>
        )}
        {view === "matrix" && <MatrixView client={client} split={split.data} phase={phase} agency={agency} />}
        {view === "phases" && <PhasesView client={client} split={split.data} />}
        {view === "capacity" && <CapacityView client={client} split={split.data} phase={phase} />}
        {view === "transfers" && <TransfersView client={client} split={split.data} />}
        {view === "activities" && <ActivitiesView client={client} split={split.data} />}
      </div>
    </div>
  );
}
