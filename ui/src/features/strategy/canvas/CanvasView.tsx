// The business canvas of a client: mission, identity (values, what sets the
// business apart, key messages), the audience segments with their value
// proposition canvases, and the tone of voice. Every block is a board of
// cards edited in place; answers of the questionnaire show up as ghost cards
// on the block they fit. Nothing here is editable while a version waits for
// approval (`strategy.editable`).
import "./canvas.css";

import { useId, useMemo } from "react";
import { useTranslation } from "react-i18next";

import type { Block, Client, Strategy } from "../../../bindings";
import { Board } from "./Board";
import { CanvasContext } from "./context";
import { Mission } from "./Mission";
import { Segments } from "./Segments";

const IDENTITY: Block[] = ["values", "differentiators", "key_messages"];
const TONE: Block[] = ["tone_adjectives", "tone_do", "tone_dont", "banned_topics"];

export function CanvasView({ client, strategy }: { client: Client; strategy: Strategy }) {
  const { t } = useTranslation();
  const identityId = useId();
  const toneId = useId();
  const canvas = useMemo(() => ({ clientId: client.id, editable: strategy.editable }), [client.id, strategy.editable]);
  const { document: doc, suggestions } = strategy;

  const boards = (blocks: Block[]) =>
    blocks.map((block) => (
      <Board
        key={block}
        block={block}
        segmentId={null}
        cards={doc.cards.filter((c) => c.block === block)}
        suggestions={suggestions.filter((s) => s.target === block)}
        level={3}
        className="canvas-board"
      />
    ));

  return (
    <CanvasContext.Provider value={canvas}>
      <div className="canvas">
        {strategy.editable && <p className="hint">{t("canvas.intro")}</p>}
        <Mission mission={doc.mission} suggestions={suggestions.filter((s) => s.target === "mission")} />
        <section className="card" aria-labelledby={identityId}>
          <h2 id={identityId}>{t("canvas.identity.title")}</h2>
          <div className="canvas-boards">{boards(IDENTITY)}</div>
        </section>
        <Segments segments={doc.segments} suggestions={suggestions} />
        <section className="card" aria-labelledby={toneId}>
          <h2 id={toneId}>{t("canvas.tone.title")}</h2>
          <div className="canvas-boards">{boards(TONE)}</div>
        </section>
      </div>
    </CanvasContext.Provider>
  );
}
