// The audience segments: a field to add one (with the segments the
// questionnaire suggests) and, for each, its value proposition canvas.
import { useId, useRef, useState } from "react";
import { useTranslation } from "react-i18next";

import type { Segment, Suggestion } from "../../../bindings";
import { FormError, TextField } from "../../../components/fields";
import { errorFor, formError } from "../../../lib/ipc";
import { useCanvas } from "./context";
import { useSaveSegment } from "./queries";
import { SegmentCanvas } from "./Segment";
import { SuggestionList } from "./Suggestions";

export function Segments({ segments, suggestions }: { segments: Segment[]; suggestions: Suggestion[] }) {
  const { t } = useTranslation();
  const { editable } = useCanvas();
  const titleId = useId();
  return (
    <section className="canvas-segments" aria-labelledby={titleId}>
      <div className="card canvas-segments-head">
        <h2 id={titleId}>{t("canvas.segments.title")}</h2>
        <p className="hint">{t("canvas.segments.hint")}</p>
        {editable && <AddSegment suggestions={suggestions.filter((s) => s.target === "segment")} />}
        {segments.length === 0 && <p className="empty">{t("canvas.segments.empty")}</p>}
      </div>
      {segments.map((segment, index) => (
        <SegmentCanvas
          key={segment.id}
          segment={segment}
          index={index}
          count={segments.length}
          suggestions={suggestions.filter((s) => s.target !== "segment" && s.segmentId === segment.id)}
        />
      ))}
    </section>
  );
}

function AddSegment({ suggestions }: { suggestions: Suggestion[] }) {
  const { t } = useTranslation();
  const { clientId } = useCanvas();
  const save = useSaveSegment(clientId);
  const [name, setName] = useState("");
  const scope = useRef<HTMLDivElement>(null);
  return (
    <div ref={scope} className="canvas-add-segment" data-canvas-scope="">
      <form
        className="canvas-add-segment-form"
        onSubmit={(e) => {
          e.preventDefault();
          if (save.isPending) return;
          save.mutate(
            { id: null, name, description: "" },
            {
              onSuccess: () => {
                setName("");
                scope.current?.querySelector<HTMLElement>("[data-canvas-new-segment]")?.focus();
              },
            },
          );
        }}
      >
        <TextField
          label={t("canvas.segments.newName")}
          value={name}
          data-canvas-new-segment=""
          data-canvas-add=""
          error={errorFor(save.error, "name")}
          onChange={(e) => setName(e.target.value)}
        />
        <button type="submit" className="primary">
          {t("canvas.segments.add")}
        </button>
      </form>
      <FormError error={formError(save.error, ["name"])} />
      <SuggestionList suggestions={suggestions} label={t("canvas.segments.suggestions")} />
    </div>
  );
}
