// The strategy of a client: the business canvas, the social strategy and the
// versions, with the bar that says where the strategy stands and what to do
// next (submit, withdraw, approve, ask for changes, print).
import { useState } from "react";
import { useTranslation } from "react-i18next";

import type { Client } from "../../bindings";
import { Tabs } from "../../components/Tabs";
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

  return (
    <div className="screen strategy-screen">
      <header className="screen-header">
        <h1>{t("strategy.title", { name: client.name })}</h1>
      </header>
      <VersionBar client={client} strategy={strategy.data} agency={agency} />
      <Tabs id="strategy" label={t("strategy.parts")} views={VIEWS} current={view} onChange={setView} name={(v) => t(`strategy.views.${v}`)} />
      <div id={`strategy-panel-${view}`} role="tabpanel" aria-labelledby={`strategy-tab-${view}`}>
        {!strategy.data.editable && view !== "versions" && <p className="notice">{t("strategy.readOnly")}</p>}
        {view === "canvas" && <CanvasView client={client} strategy={strategy.data} />}
        {view === "social" && <SocialView client={client} strategy={strategy.data} />}
        {view === "versions" && <VersionsView client={client} strategy={strategy.data} />}
      </div>
    </div>
  );
}
