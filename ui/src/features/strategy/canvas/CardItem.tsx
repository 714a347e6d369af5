// One card of a canvas block: its text (click or Enter to edit in place),
// its importance, and the buttons that move or remove it. Alt+ArrowUp and
// Alt+ArrowDown move the card while any of its controls has focus.
import { useCallback, useId, useRef, useState } from "react";
import { useTranslation } from "react-i18next";

import type { Card, Direction, SegmentId } from "../../../bindings";
import { FieldError, FormError } from "../../../components/fields";
import { errorFor, formError, type AppError } from "../../../lib/ipc";
import { useCanvas } from "./context";
import { holdFocus, refocus } from "./focus";
import { useMoveItem, useRemoveItem, useSaveCard } from "./queries";

export const RANKS = [0, 1, 2, 3] as const;

interface Props {
  card: Card;
  segmentId: SegmentId | null;
  index: number;
  count: number;
}

export function CardItem(props: Props) {
  const { editable } = useCanvas();
  return editable ? <EditableCard {...props} /> : <ReadOnlyCard card={props.card} />;
}

function ReadOnlyCard({ card }: { card: Card }) {
  return (
    <li className={`canvas-card rank-${card.rank}`}>
      <span className="canvas-card-read">{card.text}</span>
      <Rank rank={card.rank} />
    </li>
  );
}

function Rank({ rank }: { rank: number }) {
  const { t } = useTranslation();
  if (rank <= 0) return null;
  return (
    <span className="canvas-rank">
      <span aria-hidden="true">{"●".repeat(rank) + "○".repeat(3 - rank)}</span>
      <span className="visually-hidden">{t("canvas.card.rankRead", { rank })}</span>
    </span>
  );
}

function EditableCard({ card, segmentId, index, count }: Props) {
  const { t } = useTranslation();
  const { clientId } = useCanvas();
  const save = useSaveCard(clientId);
  const move = useMoveItem(clientId);
  const remove = useRemoveItem(clientId);
  const [editing, setEditing] = useState(false);
  const textButton = useRef<HTMLButtonElement | null>(null);
  const focusText = useRef(false);
  // Back from editing with the keyboard, focus returns to the card's text.
  const textRef = useCallback((el: HTMLButtonElement | null) => {
    textButton.current = el;
    if (el && focusText.current) {
      focusText.current = false;
      el.focus();
    }
  }, []);

  const text = card.text;
  const input = (changes: { text?: string; rank?: number }) => ({ id: card.id, segmentId, block: card.block, text, rank: card.rank, ...changes });
  const rank = save.isPending && save.variables ? save.variables.rank : card.rank;

  const finish = (keyboard: boolean) => {
    focusText.current = keyboard;
    save.reset();
    setEditing(false);
  };
  const saveText = (draft: string, keyboard: boolean) => {
    if (draft === text) return finish(keyboard);
    if (save.isPending) return;
    save.mutate(input({ text: draft }), { onSuccess: () => finish(keyboard) });
  };
  const doMove = (direction: Direction) => {
    if (move.isPending || (direction === "up" ? index === 0 : index === count - 1)) return;
    const restore = holdFocus(() => textButton.current);
    move.mutate({ item: { kind: "card", id: card.id }, direction }, { onSuccess: restore });
  };
  const doRemove = (event: React.MouseEvent<HTMLElement>) => {
    if (remove.isPending) return;
    const scope = event.currentTarget.closest("[data-canvas-scope]");
    remove.mutate({ kind: "card", id: card.id }, { onSuccess: () => refocus(scope, index, "[data-canvas-card]", "[data-canvas-add]") });
  };
  const onKeyDown = (event: React.KeyboardEvent) => {
    if (!event.altKey || editing || (event.target as HTMLElement).matches("input, select, textarea")) return;
    const direction = event.key === "ArrowUp" ? "up" : event.key === "ArrowDown" ? "down" : null;
    if (!direction) return;
    event.preventDefault();
    doMove(direction);
  };

  return (
    <li className={`canvas-card rank-${rank}`} onKeyDown={onKeyDown}>
      {editing ? (
        <CardEditor
          text={text}
          label={t("canvas.card.text", { text })}
          error={errorFor(save.error, "text")}
          onSave={saveText}
          onCancel={() => finish(true)}
        />
      ) : (
        <button
          ref={textRef}
          type="button"
          className="canvas-card-text"
          data-canvas-card=""
          aria-label={t("canvas.card.edit", { text })}
          aria-keyshortcuts="Alt+ArrowUp Alt+ArrowDown"
          onClick={() => {
            save.reset();
            setEditing(true);
          }}
        >
          {text}
        </button>
      )}
      <span className="canvas-card-tools">
        <select
          className="canvas-rank-select"
          aria-label={t("canvas.card.rank", { text })}
          title={t("canvas.card.rank", { text })}
          value={rank}
          onChange={(e) => save.mutate(input({ rank: Number(e.target.value) }))}
        >
          {RANKS.map((r) => (
            <option key={r} value={r} aria-label={t("canvas.card.rankRead", { rank: r })}>
              {r === 0 ? "–" : "★".repeat(r)}
            </option>
          ))}
        </select>
        <button
          type="button"
          className="canvas-mini"
          aria-label={t("canvas.card.moveUp", { text })}
          title={t("canvas.card.moveUp", { text })}
          disabled={index === 0}
          onClick={() => doMove("up")}
        >
          ↑
        </button>
        <button
          type="button"
          className="canvas-mini"
          aria-label={t("canvas.card.moveDown", { text })}
          title={t("canvas.card.moveDown", { text })}
          disabled={index === count - 1}
          onClick={() => doMove("down")}
        >
          ↓
        </button>
        <button type="button" className="canvas-mini canvas-remove" aria-label={t("canvas.card.remove", { text })} title={t("canvas.card.remove", { text })} onClick={doRemove}>
          ×
        </button>
      </span>
      <FormError error={formError(save.error, ["text"]) ?? formError(move.error, []) ?? formError(remove.error, [])} />
    </li>
  );
}

/** The card's text as an input: Enter or leaving saves, Escape gives up. What was typed stays on error. */
function CardEditor({
  text,
  label,
  error,
  onSave,
  onCancel,
}: {
  text: string;
  label: string;
  error: AppError | undefined;
  onSave: (draft: string, keyboard: boolean) => void;
  onCancel: () => void;
}) {
  const id = useId();
  const [draft, setDraft] = useState(text);
  // Set once Enter or Escape has dealt with the draft, so the blur that
  // follows (the input goes away) does not save it a second time.
  const settled = useRef(false);
  return (
    <span className="canvas-card-edit">
      <input
        type="text"
        autoFocus
        aria-label={label}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        value={draft}
        onChange={(e) => {
          settled.current = false;
          setDraft(e.target.value);
        }}
        onKeyDown={(e) => {
          if (e.key === "Enter") {
            e.preventDefault();
            settled.current = true;
            onSave(draft, true);
          } else if (e.key === "Escape") {
            e.preventDefault();
            e.stopPropagation();
            settled.current = true;
            onCancel();
          }
        }}
        onBlur={() => {
          if (!settled.current) onSave(draft, false);
        }}
      />
      <FieldError id={`${id}-error`} error={error} />
    </span>
  );
}
