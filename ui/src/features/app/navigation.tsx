// Where the user is. A small typed route instead of URLs: a desktop window has
// no address bar, and every screen is reachable from the keyboard.
import { createContext, useContext, useMemo, useState, type ReactNode } from "react";

import type { ClientId, VersionId } from "../../bindings";

export type ClientTab =
  | "overview"
  | "people"
  | "questionnaire"
  | "strategy"
  | "calendar"
  | "split"
  | "monitoring"
  | "reviews"
  | "decisions"
  | "sharing";

export type Route =
  | { screen: "clients" }
  | { screen: "overview" }
  | { screen: "client"; clientId: ClientId; tab: ClientTab }
  | { screen: "print"; clientId: ClientId }
  | { screen: "print-strategy"; clientId: ClientId; versionId: VersionId }
  | { screen: "print-split"; clientId: ClientId }
  /** The monthly report; `month` is its first day (YYYY-MM-DD). */
  | { screen: "print-report"; clientId: ClientId; month: string }
  | { screen: "settings" };

interface Navigation {
  route: Route;
  navigate: (route: Route) => void;
}

const NavigationContext = createContext<Navigation | null>(null);

export function NavigationProvider({ initial, children }: { initial: Route; children: ReactNode }) {
  const [route, navigate] = useState<Route>(initial);
  const value = useMemo(() => ({ route, navigate }), [route]);
  return <NavigationContext.Provider value={value}>{children}</NavigationContext.Provider>;
}

export function useNavigation(): Navigation {
  const navigation = useContext(NavigationContext);
  if (!navigation) throw new Error("useNavigation outside NavigationProvider");
  return navigation;
}
