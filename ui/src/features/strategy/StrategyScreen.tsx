// The strategy of a client: the business canvas, the social strategy and the
// versions, with the bar that says where the strategy stands and what to do
// next (submit, withdraw, approve, ask for changes, print).
import { useState } from "react";
import { useTranslation } from "react-i18next";

import type { Client } from "../../bindings";
import { toAppError } from "../../lib/ipc";
import { useErrorText } from "../../lib/i18n";
import { CanvasView } from "./canvas/CanvasView";
import { useStrategy } from "./queries";
import { SocialView } from "./SocialView";
import { VersionBar } from "./VersionBar";
import { VersionsView } from "./VersionsView";
import "./strategy.css";

type View = "canvas" | "social" | "versions";
const VIEWS: View[] = ["canvas", "social", "versions"];

export function StrategyScreen({ client, agency }: { client: Client; agency: boolean }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const strategy = useStrategy(client.id);
  const [view, setView] = useState<View>("canvas");

  if (strategy.isError) return <p role="alert">{errorText(toAppError(strategy.error))}</p>;
  if (!strategy.data) return <div className="splash" aria-busy="true" />;

  const onTabKey = (event: React.KeyboardEvent, index: number) => {
    const step = event.key === "ArrowRight" ? 1 : event.key === "ArrowLeft" ? -1 : 0;
    if (!step) return;
    event.preventDefault();
    const next = VIEWS[(index + step + VIEWS.length) % VIEWS.length]!;
    setView(next);
    document.getElementById(`strategy-tab-${next}`)?.focus();
  };

  return (
    <div className="screen strategy-screen">
      <header className="screen-header">
        <h1>{t("strategy.title", { name: client.name })}</h1>
      </header>
      <VersionBar client={client} strategy={strategy.data} agency={agency} />
      <div className="tabs" role="tablist" aria-label={t("strategy.parts")}>
        {VIEWS.map((v, index) => (
          <button
            key={v}
            id={`strategy-tab-${v}`}
            type="button"
            role="tab"
            aria-selected={view === v}
            aria-controls={`strategy-panel-${v}`}
            tabIndex={view === v ? 0 : -1}
            onClick={() => setView(v)}
            onKeyDown={(e) => onTabKey(e, index)}
          >
            {t(`strategy.views.${v}`)}
          </button>
        ))}
      </div>
      <div id={`strategy-panel-${view}`} role="tabpanel" aria-labelledby={`strategy-tab-${view}`}>
        {!strategy.data.editable && view !== "versions" && <p className="notice">{t("strategy.readOnly")}</p>}
        {view === "canvas" && <CanvasView client={client} strategy={strategy.data} />}
        {view === "social" && <SocialView client={client} strategy={strategy.data} />}
        {view === "versions" && <VersionsView client={client} strategy={strategy.data} />}
      </div>
    </div>
  );
}
