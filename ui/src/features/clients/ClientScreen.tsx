// One client: its record, its people, its questionnaire.
import { useTranslation } from "react-i18next";

import type { ClientId, ClientInput } from "../../bindings";
import { useErrorText } from "../../lib/i18n";
import { toAppError } from "../../lib/ipc";
import { lazyScreen } from "../../lib/lazyScreen";
import { isOpenable, openExternal } from "../../lib/links";
import type { ClientTab } from "../app/navigation";
import { QuestionnaireScreen } from "../questionnaire/QuestionnaireScreen";
import { ClientForm } from "./ClientForm";
import { useArchiveClient, useClient, useRestoreClient, useUpdateClient } from "./queries";

// The business opens on the questionnaire; every other tab loads on first use.
const CalendarScreen = lazyScreen(() => import("../calendar/CalendarScreen").then((x) => x.CalendarScreen));
const DecisionsScreen = lazyScreen(() => import("../decisions/DecisionsScreen").then((x) => x.DecisionsScreen));
const PeopleScreen = lazyScreen(() => import("../people/PeopleScreen").then((x) => x.PeopleScreen));
const MonitoringScreen = lazyScreen(() => import("../monitoring/MonitoringScreen").then((x) => x.MonitoringScreen));
const ReviewsScreen = lazyScreen(() => import("../reviews/ReviewsScreen").then((x) => x.ReviewsScreen));
const SharingScreen = lazyScreen(() => import("../sharing/SharingScreen").then((x) => x.SharingScreen));
const SplitScreen = lazyScreen(() => import("../split/SplitScreen").then((x) => x.SplitScreen));
const StrategyScreen = lazyScreen(() => import("../strategy/StrategyScreen").then((x) => x.StrategyScreen));

export function ClientScreen({ clientId, tab, agency }: { clientId: ClientId; tab: ClientTab; agency: boolean }) {
  const client = useClient(clientId);
  const errorText = useErrorText();
  if (client.isError) return <p role="alert">{errorText(toAppError(client.error))}</p>;
  if (!client.data) return <div className="splash" aria-busy="true" />;
  switch (tab) {
    case "people":
      return <PeopleScreen client={client.data} />;
    case "questionnaire":
      return <QuestionnaireScreen client={client.data} />;
    case "strategy":
      return <StrategyScreen client={client.data} agency={agency} />;
    case "calendar":
      return <CalendarScreen client={client.data} agency={agency} />;
    case "split":
      return <SplitScreen client={client.data} agency={agency} />;
    case "monitoring":
      return <MonitoringScreen client={client.data} />;
    case "reviews":
      return <ReviewsScreen client={client.data} agency={agency} />;
    case "decisions":
      return <DecisionsScreen client={client.data} agency={agency} />;
    case "sharing":
      return <SharingScreen client={client.data} />;
    case "overview":
      return <ClientOverview clientId={clientId} agency={agency} />;
  }
}

function ClientOverview({ clientId, agency }: { clientId: ClientId; agency: boolean }) {
  const { t } = useTranslation();
  const client = useClient(clientId).data;
  const update = useUpdateClient(clientId);
  const archive = useArchiveClient();
  const restore = useRestoreClient();
  if (!client) return null;
  const input: ClientInput = {
    name: client.name,
    sector: client.sector,
    place: client.place,
    website: client.website,
    timezone: client.timezone,
    language: client.language,
    phase: client.phase,
    status: client.status,
  };

  return (
    <div className="screen">
      <header className="screen-header">
        <h1>{client.name}</h1>
        <span className={`badge status-${client.status}`}>{t(`statuses.${client.status}`)}</span>
        {client.website && isOpenable(client.website) && (
          <a
            href={client.website}
            onClick={(e) => {
              e.preventDefault();
              void openExternal(client.website);
            }}
          >
            {t("client.openWebsite")}
          </a>
        )}
      </header>
      <section className="card" aria-labelledby="client-details-title">
        <h2 id="client-details-title">{t("client.details")}</h2>
        <ClientForm
          key={client.updatedAt}
          initial={input}
          submitLabel={t("common.save")}
          error={update.error}
          pending={update.isPending}
          onSubmit={(next) => update.mutate(next)}
          allowArchived={agency}
        />
        {update.isSuccess && (
          <p role="status" className="saved">
            {t("common.saved")}
          </p>
        )}
      </section>
      {agency && (
        <section className="card" aria-labelledby="client-archive-title">
          <h2 id="client-archive-title">{t("client.archiveTitle")}</h2>
          <p className="hint">{t("client.archiveHint")}</p>
          {client.status === "archived" ? (
            <button type="button" onClick={() => restore.mutate(client.id)}>
              {t("clients.restore")}
            </button>
          ) : (
            <button type="button" onClick={() => archive.mutate(client.id)}>
              {t("clients.archive")}
            </button>
          )}
        </section>
      )}
    </div>
  );
}
