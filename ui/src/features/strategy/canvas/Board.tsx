// One block of the canvas (pains, values, tone "do"…): its cards in order,
// the questionnaire's suggestions for it as ghost cards, and a field to add
// a card. The same board fills an area of a segment's value proposition
// canvas and stands alone for the blocks of the business as a whole.
import { useId, useRef, useState } from "react";
import { useTranslation } from "react-i18next";

import type { Block, Card, SegmentId, Suggestion } from "../../../bindings";
import { FieldError, FormError } from "../../../components/fields";
import { errorFor, formError } from "../../../lib/ipc";
import { CardItem } from "./CardItem";
import { useCanvas } from "./context";
import { useSaveCard } from "./queries";
import { SuggestionList } from "./Suggestions";

interface Props {
  block: Block;
  segmentId: SegmentId | null;
  cards: Card[];
  suggestions: Suggestion[];
  level: 3 | 4;
  className?: string;
}

export function Board({ block, segmentId, cards, suggestions, level, className = "" }: Props) {
  const { t } = useTranslation();
  const { editable } = useCanvas();
  const headingId = useId();
  const name = t(`canvas.blocks.${block}`);
  const Heading = level === 3 ? "h3" : "h4";
  const shown = editable ? suggestions : [];

  return (
    <section className={`canvas-block canvas-block-${block} ${className}`} aria-labelledby={headingId} data-canvas-scope="">
      <Heading id={headingId} className="canvas-block-title">
        {name}
      </Heading>
      <div className="canvas-block-body">
        {cards.length === 0 && shown.length === 0 && <p className="canvas-empty">{t("canvas.card.empty")}</p>}
        {cards.length > 0 && (
          <ol className="canvas-cards">
            {cards.map((card, index) => (
              <CardItem key={card.id} card={card} segmentId={segmentId} index={index} count={cards.length} />
            ))}
          </ol>
        )}
        <SuggestionList suggestions={shown} label={t("canvas.suggestion.list", { block: name })} />
      </div>
      {editable && <AddCard block={block} segmentId={segmentId} name={name} />}
    </section>
  );
}

function AddCard({ block, segmentId, name }: { block: Block; segmentId: SegmentId | null; name: string }) {
  const { t } = useTranslation();
  const { clientId } = useCanvas();
  const save = useSaveCard(clientId);
  const id = useId();
  const field = useRef<HTMLInputElement>(null);
  const [text, setText] = useState("");
  const error = errorFor(save.error, "text");

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    if (save.isPending) return;
    save.mutate(
      { id: null, segmentId, block, text, rank: 0 },
      {
        onSuccess: () => {
          setText("");
          field.current?.focus();
        },
      },
    );
  };

  return (
    <form className="canvas-add" onSubmit={submit}>
      <span className="canvas-add-row">
        <input
          ref={field}
          type="text"
          data-canvas-add=""
          placeholder={t("canvas.card.placeholder")}
          aria-label={t("canvas.card.newIn", { block: name })}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          value={text}
          onChange={(e) => setText(e.target.value)}
        />
        <button type="submit" className="canvas-add-button" aria-label={t("canvas.card.addTo", { block: name })} title={t("canvas.card.addTo", { block: name })}>
          <span aria-hidden="true">+</span>
          <span className="canvas-add-word">{t("canvas.card.add")}</span>
        </button>
      </span>
      <FieldError id={`${id}-error`} error={error} />
      <FormError error={formError(save.error, ["text"])} />
    </form>
  );
}
