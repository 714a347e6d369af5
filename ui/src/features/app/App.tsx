// The first decision: what to show before anything else.
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";

import type { AppStatus } from "../../bindings";
import { useErrorText } from "../../lib/i18n";
import { AppError, toAppError } from "../../lib/ipc";
import { NavigationProvider, type Route } from "./navigation";
import { useAppStatus } from "./queries";
import { SetupScreen } from "./SetupScreen";
import { Shell } from "./Shell";

export function App() {
  const status = useAppStatus();
  const { i18n } = useTranslation();
  const language = status.data?.language;
  // Wait for the stored language only once, at start-up; later changes
  // re-render in place and keep the user where they are. `synced` is set
  // during the render that first finds the catalog in the stored language
  // (React re-renders App alone, before any screen): set from the change's
  // promise instead, it re-rendered the whole first screen once more, just
  // after its first paint.
  const [synced, setSynced] = useState(false);
  const current = language !== undefined && i18n.language === language;
  if (current && !synced) setSynced(true);

  useEffect(() => {
    if (!language) return;
    document.documentElement.lang = language;
    // react-i18next re-renders App when the language has changed.
    if (i18n.language !== language) void i18n.changeLanguage(language);
  }, [language, i18n]);

  if (status.isPending) return <div className="splash" aria-busy="true" />;
  if (status.isError) return <StorageErrorScreen error={toAppError(status.error)} path="" />;
  if (!synced && !current) return <div className="splash" aria-busy="true" />;
  return <Ready status={status.data} />;
}

function Ready({ status }: { status: AppStatus }) {
  if (status.storageError) return <StorageErrorScreen error={new AppError(status.storageError)} path={status.databasePath} />;
  if (!status.profile) return <SetupScreen language={status.language} />;
  const own = status.profile.ownClientId;
  const initial: Route = own ? { screen: "client", clientId: own, tab: "questionnaire" } : { screen: "clients" };
  return (
    <NavigationProvider initial={initial}>
      <Shell profile={status.profile} databasePath={status.databasePath} />
    </NavigationProvider>
  );
}

export function StorageErrorScreen({ error, path }: { error: AppError; path: string }) {
  const { t } = useTranslation();
  const text = useErrorText();
  return (
    <main className="centered">
      <section className="card narrow" aria-labelledby="storage-error-title">
        <h1 id="storage-error-title">{t("storage.title")}</h1>
        <p role="alert">{text(error)}</p>
        {path && (
          <p>
            {t("storage.file")} <code>{path}</code>
          </p>
        )}
        <p>{t("storage.untouched")}</p>
        <p className="hint">{t("storage.advice")}</p>
      </section>
    </main>
  );
}
