// The mission: one text saved when the user leaves the field, with the
// questionnaire's answers about it offered as replacements.
import { useId, useState } from "react";
import { useTranslation } from "react-i18next";

import type { Suggestion } from "../../../bindings";
import { FormError, TextArea } from "../../../components/fields";
import { errorFor, formError } from "../../../lib/ipc";
import { useCanvas } from "./context";
import { useSetMission } from "./queries";
import { SuggestionList } from "./Suggestions";

export function Mission({ mission, suggestions }: { mission: string; suggestions: Suggestion[] }) {
  const { t } = useTranslation();
  const { editable } = useCanvas();
  const titleId = useId();
  return (
    <section className="card canvas-mission" aria-labelledby={titleId} data-canvas-scope="">
      <h2 id={titleId}>{t("canvas.mission.title")}</h2>
      {editable ? (
        // Keyed by the saved text: a new mission (saved or accepted) starts a fresh draft.
        <MissionField key={mission} mission={mission} />
      ) : (
        <p className={mission ? "canvas-mission-text" : "canvas-empty"}>{mission || t("canvas.mission.empty")}</p>
      )}
      <SuggestionList suggestions={suggestions} label={t("canvas.suggestion.list", { block: t("canvas.mission.title") })} hint={t("canvas.mission.replaces")} />
    </section>
  );
}

function MissionField({ mission }: { mission: string }) {
  const { t } = useTranslation();
  const { clientId } = useCanvas();
  const save = useSetMission(clientId);
  const [draft, setDraft] = useState(mission);
  return (
    <>
      <TextArea
        label={t("canvas.mission.field")}
        hint={t("canvas.mission.hint")}
        rows={3}
        value={draft}
        error={errorFor(save.error, "mission")}
        onChange={(e) => setDraft(e.target.value)}
        onBlur={() => {
          if (draft !== mission && !save.isPending) save.mutate(draft);
        }}
      />
      <FormError error={formError(save.error, ["mission"])} />
    </>
  );
}
