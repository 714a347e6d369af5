// One audience segment: its name and description, edited in place, and its
// value proposition canvas drawn as people know it: the value map as a
// square on the left (products and services, gain creators, pain relievers)
// facing the customer profile as a circle on the right (gains, pains, jobs).
import { useCallback, useId, useRef, useState } from "react";
import { useTranslation } from "react-i18next";

import type { Block, Direction, Segment, Suggestion } from "../../../bindings";
import { FormActions, FormError, TextArea, TextField } from "../../../components/fields";
import { errorFor, formError } from "../../../lib/ipc";
import { Board } from "./Board";
import { useCanvas } from "./context";
import { holdFocus, refocus } from "./focus";
import { useMoveItem, useRemoveItem, useSaveSegment } from "./queries";

/** In reading order, which is also their order on screen. */
const VALUE_MAP: Block[] = ["products", "gain_creators", "pain_relievers"];
const PROFILE: Block[] = ["gains", "pains", "jobs"];

/** Where focus goes once a segment is gone: the next segment, else the new segment field. */
export const AFTER_SEGMENT = ["[data-canvas-segment]", "[data-canvas-new-segment]"];

/** A callback ref that focuses its element when it (re)appears after `focusNext()`. */
function useReturnFocus() {
  const pending = useRef(false);
  const ref = useCallback((el: HTMLElement | null) => {
    if (el && pending.current) {
      pending.current = false;
      el.focus();
    }
  }, []);
  const focusNext = useCallback(() => {
    pending.current = true;
  }, []);
  return [ref, focusNext] as const;
}

export function SegmentCanvas({ segment, index, count, suggestions }: { segment: Segment; index: number; count: number; suggestions: Suggestion[] }) {
  const { t } = useTranslation();
  const { clientId, editable } = useCanvas();
  const titleId = useId();
  const mapId = useId();
  const profileId = useId();
  const move = useMoveItem(clientId);
  const remove = useRemoveItem(clientId);
  const [editing, setEditing] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [editButtonRef, focusEditButton] = useReturnFocus();
  const [removeButtonRef, focusRemoveButton] = useReturnFocus();
  const name = segment.name;

  const doMove = (direction: Direction) => {
    if (move.isPending) return;
    const restore = holdFocus();
    move.mutate({ item: { kind: "segment", id: segment.id }, direction }, { onSuccess: restore });
  };
  const doRemove = (event: React.MouseEvent<HTMLElement>) => {
    if (remove.isPending) return;
    const scope = event.currentTarget.closest(".canvas-segments");
    remove.mutate({ kind: "segment", id: segment.id }, { onSuccess: () => refocus(scope, index, ...AFTER_SEGMENT) });
  };
  const board = (block: Block) => (
    <Board
      key={block}
      block={block}
      segmentId={segment.id}
      cards={segment.cards.filter((c) => c.block === block)}
      suggestions={suggestions.filter((s) => s.target === block)}
      level={4}
      className={`vpc-area vpc-${block}`}
    />
  );

  return (
    <section className="card canvas-segment" aria-labelledby={titleId}>
      <header className="canvas-segment-header">
        <div className="canvas-segment-title">
          <h3 id={titleId}>{name}</h3>
          {segment.description && <p className="canvas-segment-description">{segment.description}</p>}
        </div>
        {editable && !editing && (
          <div className="actions">
            <button ref={editButtonRef} type="button" data-canvas-segment="" aria-label={t("canvas.segments.editNamed", { name })} onClick={() => setEditing(true)}>
              {t("common.edit")}
            </button>
            <button type="button" aria-label={t("canvas.segments.moveUp", { name })} title={t("canvas.segments.moveUp", { name })} disabled={index === 0} onClick={() => doMove("up")}>
              ↑
            </button>
            <button
              type="button"
              aria-label={t("canvas.segments.moveDown", { name })}
              title={t("canvas.segments.moveDown", { name })}
              disabled={index === count - 1}
              onClick={() => doMove("down")}
            >
              ↓
            </button>
            {confirming ? (
              <>
                {/* The confirmation replaces the button just pressed, so it takes its focus. */}
                <button type="button" className="danger" autoFocus onClick={doRemove}>
                  {t("canvas.segments.confirmRemove", { name })}
                </button>
                <button
                  type="button"
                  onClick={() => {
                    focusRemoveButton();
                    setConfirming(false);
                  }}
                >
                  {t("common.cancel")}
                </button>
              </>
            ) : (
              <button ref={removeButtonRef} type="button" aria-label={t("canvas.segments.removeNamed", { name })} onClick={() => setConfirming(true)}>
                {t("common.delete")}
              </button>
            )}
          </div>
        )}
      </header>
      {editing && (
        <SegmentForm
          segment={segment}
          onDone={() => {
            focusEditButton();
            setEditing(false);
          }}
        />
      )}
      <FormError error={formError(move.error, []) ?? formError(remove.error, [])} />
      <div className="vpc">
        <div className="vpc-side" role="group" aria-labelledby={mapId}>
          <p id={mapId} className="vpc-caption">
            {t("canvas.segments.valueMap")}
          </p>
          <div className="vpc-shape vpc-square">{VALUE_MAP.map(board)}</div>
        </div>
        <div className="vpc-side" role="group" aria-labelledby={profileId}>
          <p id={profileId} className="vpc-caption">
            {t("canvas.segments.profile")}
          </p>
          <div className="vpc-shape vpc-circle">{PROFILE.map(board)}</div>
        </div>
      </div>
    </section>
  );
}

function SegmentForm({ segment, onDone }: { segment: Segment; onDone: () => void }) {
  const { t } = useTranslation();
  const { clientId } = useCanvas();
  const save = useSaveSegment(clientId);
  const [name, setName] = useState(segment.name);
  const [description, setDescription] = useState(segment.description);
  return (
    <form
      className="canvas-segment-form"
      onSubmit={(e) => {
        e.preventDefault();
        if (!save.isPending) save.mutate({ id: segment.id, name, description }, { onSuccess: onDone });
      }}
      onKeyDown={(e) => {
        if (e.key !== "Escape") return;
        e.preventDefault();
        e.stopPropagation();
        onDone();
      }}
    >
      <TextField label={t("canvas.segments.name")} value={name} autoFocus error={errorFor(save.error, "name")} onChange={(e) => setName(e.target.value)} />
      <TextArea
        label={t("canvas.segments.description")}
        hint={t("canvas.segments.descriptionHint")}
        rows={2}
        value={description}
        error={errorFor(save.error, "description")}
        onChange={(e) => setDescription(e.target.value)}
      />
      <FormActions submitLabel={t("common.save")} onCancel={onDone} />
      <FormError error={formError(save.error, ["name", "description"])} />
    </form>
  );
}
