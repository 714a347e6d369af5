// The frame around every screen: navigation on the left, the screen on the
// right, and (for an agency) the quick client switcher on Ctrl+K.
import { Suspense, useEffect, useState } from "react";
import { useTranslation } from "react-i18next";

import type { ClientId, Profile } from "../../bindings";
import { ClientScreen } from "../clients/ClientScreen";
import { ClientsScreen } from "../clients/ClientsScreen";
import { useClient } from "../clients/queries";
import { lazyScreen } from "../../lib/lazyScreen";
import { useNavigation, type ClientTab, type Route } from "./navigation";
import { useBackgroundSync, useShare } from "../sharing/queries";

// A launch opens on the clients (agency) or the questionnaire (business): the rest loads on first use.
const OverviewScreen = lazyScreen(() => import("../calendar/OverviewScreen").then((x) => x.OverviewScreen));
const QuickSwitcher = lazyScreen(() => import("../clients/QuickSwitcher").then((x) => x.QuickSwitcher));
const PrintQuestionnaire = lazyScreen(() => import("../questionnaire/PrintQuestionnaire").then((x) => x.PrintQuestionnaire));
const PrintStrategy = lazyScreen(() => import("../strategy/PrintStrategy").then((x) => x.PrintStrategy));
const PrintSplit = lazyScreen(() => import("../split/plan/PrintSplit").then((x) => x.PrintSplit));
const PrintReport = lazyScreen(() => import("../monitoring/report/PrintReport").then((x) => x.PrintReport));
const SettingsScreen = lazyScreen(() => import("../settings/SettingsScreen").then((x) => x.SettingsScreen));

const SPLASH = <div className="splash" aria-busy="true" />;

export function Shell({ profile, databasePath }: { profile: Profile; databasePath: string }) {
  const { t } = useTranslation();
  const { route, navigate } = useNavigation();
  const [switcherOpen, setSwitcherOpen] = useState(false);
  // The switcher's code loads when it is first opened, then it stays mounted.
  const [switcherUsed, setSwitcherUsed] = useState(false);
  if (switcherOpen && !switcherUsed) setSwitcherUsed(true);
  const agency = profile.kind === "agency";
  useBackgroundSync();

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (agency && (event.ctrlKey || event.metaKey) && event.key.toLowerCase() === "k") {
        event.preventDefault();
        setSwitcherOpen((open) => !open);
      }
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [agency]);

  if (route.screen === "print") return <Suspense fallback={SPLASH}><PrintQuestionnaire clientId={route.clientId} /></Suspense>;
  if (route.screen === "print-strategy") return <Suspense fallback={SPLASH}><PrintStrategy clientId={route.clientId} versionId={route.versionId} /></Suspense>;
  if (route.screen === "print-split") return <Suspense fallback={SPLASH}><PrintSplit clientId={route.clientId} /></Suspense>;
  if (route.screen === "print-report") return <Suspense fallback={SPLASH}><PrintReport clientId={route.clientId} month={route.month} /></Suspense>;

  const currentClient = route.screen === "client" ? route.clientId : null;
  return (
    <div className="shell">
      <nav className="sidebar" aria-label={t("nav.label")}>
        <div className="brand">
          <img src="/icon.png" alt="" width={28} height={28} />
          <span>
            <strong>Regia</strong>
            <small>{profile.name}</small>
          </span>
        </div>
        {agency && (
          <>
            <NavButton current={route.screen === "clients"} onClick={() => navigate({ screen: "clients" })}>
              {t("nav.clients")}
            </NavButton>
            <NavButton current={route.screen === "overview"} onClick={() => navigate({ screen: "overview" })}>
              {t("nav.overview")}
            </NavButton>
            <button type="button" className="nav-item" onClick={() => setSwitcherOpen(true)} aria-keyshortcuts="Control+K">
              {t("nav.switch")} <kbd>Ctrl K</kbd>
            </button>
          </>
        )}
        {currentClient && <ClientNav clientId={currentClient} route={route} />}
        {!agency && profile.ownClientId && !currentClient && (
          <NavButton current={false} onClick={() => navigate({ screen: "client", clientId: profile.ownClientId!, tab: "questionnaire" })}>
            {t("nav.myBusiness")}
          </NavButton>
        )}
        <div className="spacer" />
        <NavButton current={route.screen === "settings"} onClick={() => navigate({ screen: "settings" })}>
          {t("nav.settings")}
        </NavButton>
      </nav>
      <main className="content">
        <Suspense fallback={SPLASH}>
          {route.screen === "clients" && <ClientsScreen />}
          {route.screen === "overview" && <OverviewScreen />}
          {route.screen === "client" && <ClientScreen clientId={route.clientId} tab={route.tab} agency={agency} />}
          {route.screen === "settings" && <SettingsScreen profile={profile} databasePath={databasePath} />}
        </Suspense>
      </main>
      {agency && switcherUsed && (
        <Suspense fallback={null}>
          <QuickSwitcher open={switcherOpen} onOpenChange={setSwitcherOpen} />
        </Suspense>
      )}
    </div>
  );
}

function NavButton({ current, onClick, children }: { current: boolean; onClick: () => void; children: React.ReactNode }) {
  return (
    <button type="button" className="nav-item" aria-current={current ? "page" : undefined} onClick={onClick}>
      {children}
    </button>
  );
}

/** The sharing tab, with how many conflicts wait for a person (described, so its name stays the tab's). */
function SharingNavButton({ clientId, current, onClick }: { clientId: ClientId; current: boolean; onClick: () => void }) {
  const { t } = useTranslation();
  const open = useShare(clientId).data?.conflicts.length ?? 0;
  const id = `sharing-conflicts-${clientId}`;
  return (
    <button type="button" className="nav-item" aria-current={current ? "page" : undefined} aria-describedby={open > 0 ? id : undefined} onClick={onClick}>
      {t("client.tabs.sharing")}
      {open > 0 && (
        // Hidden from the name (the tab stays "Condivisione"), read as its description.
        <span id={id} className="badge nav-badge" aria-hidden="true">
          {t("sharing.conflicts.count", { count: open })}
        </span>
      )}
    </button>
  );
}

function ClientNav({ clientId, route }: { clientId: ClientId; route: Route }) {
  const { t } = useTranslation();
  const { navigate } = useNavigation();
  const client = useClient(clientId);
  const tab = route.screen === "client" ? route.tab : null;
  const go = (next: ClientTab) => navigate({ screen: "client", clientId, tab: next });
  return (
    <div className="client-nav" role="group" aria-label={client.data?.name ?? t("nav.client")}>
      <p className="client-nav-name">{client.data?.name ?? "…"}</p>
      <NavButton current={tab === "overview"} onClick={() => go("overview")}>
        {t("client.tabs.overview")}
      </NavButton>
      <NavButton current={tab === "people"} onClick={() => go("people")}>
        {t("client.tabs.people")}
      </NavButton>
      <NavButton current={tab === "questionnaire"} onClick={() => go("questionnaire")}>
        {t("client.tabs.questionnaire")}
      </NavButton>
      <NavButton current={tab === "strategy"} onClick={() => go("strategy")}>
        {t("client.tabs.strategy")}
      </NavButton>
      <NavButton current={tab === "calendar"} onClick={() => go("calendar")}>
        {t("client.tabs.calendar")}
      </NavButton>
      <NavButton current={tab === "split"} onClick={() => go("split")}>
        {t("client.tabs.split")}
      </NavButton>
      <NavButton current={tab === "monitoring"} onClick={() => go("monitoring")}>
        {t("client.tabs.monitoring")}
      </NavButton>
      <NavButton current={tab === "reviews"} onClick={() => go("reviews")}>
        {t("client.tabs.reviews")}
      </NavButton>
      <NavButton current={tab === "decisions"} onClick={() => go("decisions")}>
        {t("client.tabs.decisions")}
      </NavButton>
      <SharingNavButton clientId={clientId} current={tab === "sharing"} onClick={() => go("sharing")} />
    </div>
  );
}
