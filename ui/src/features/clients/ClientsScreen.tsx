// The agency's overview of its clients: search, status, questionnaire progress.
import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";

import { Progress } from "../../components/fields";
import { useFirstScreenMark } from "../../lib/firstScreen";
import { useLanguage } from "../../lib/i18n";
import { useRowsInView } from "../../lib/rowsInView";
import { useNavigation } from "../app/navigation";
import { ClientForm, emptyClient } from "./ClientForm";
import { FIRST_CLIENTS_QUERY, useArchiveClient, useClients, useCreateClient, useRestoreClient } from "./queries";

export function ClientsScreen() {
  const { t } = useTranslation();
  const language = useLanguage();
  const { navigate } = useNavigation();
  const [search, setSearch] = useState(FIRST_CLIENTS_QUERY.search);
  const [includeArchived, setIncludeArchived] = useState(FIRST_CLIENTS_QUERY.includeArchived);
  const [creating, setCreating] = useState(false);
  const clients = useClients({ search, includeArchived });
  const create = useCreateClient();
  const archive = useArchiveClient();
  const restore = useRestoreClient();
  const searchRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === "n") {
        event.preventDefault();
        setCreating(true);
      }
      if (event.key === "/" && document.activeElement === document.body) {
        event.preventDefault();
        searchRef.current?.focus();
      }
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, []);

  const rows = clients.data ?? [];
  const shown = useRowsInView(rows.length);
  useFirstScreenMark(clients.isSuccess);
  return (
    <div className="screen">
      <header className="screen-header">
        <h1>{t("clients.title")}</h1>
        {!creating && (
          <button type="button" className="primary" onClick={() => setCreating(true)} aria-keyshortcuts="Control+N">
            {t("clients.new")}
          </button>
        )}
      </header>

      {creating && (
        <section className="card" aria-labelledby="new-client-title">
          <h2 id="new-client-title">{t("clients.new")}</h2>
          <ClientForm
            initial={emptyClient(language)}
            submitLabel={t("clients.create")}
            error={create.error}
            pending={create.isPending}
            onCancel={() => {
              create.reset();
              setCreating(false);
            }}
            onSubmit={(input) =>
              create.mutate(input, {
                onSuccess: (client) => {
                  setCreating(false);
                  navigate({ screen: "client", clientId: client.id, tab: "overview" });
                },
              })
            }
          />
        </section>
      )}

      <div className="toolbar">
        <input
          ref={searchRef}
          type="search"
          aria-label={t("clients.search")}
          placeholder={t("clients.searchPlaceholder")}
          value={search}
          onChange={(e) => setSearch(e.target.value)}
        />
        <label>
          <input type="checkbox" checked={includeArchived} onChange={(e) => setIncludeArchived(e.target.checked)} /> {t("clients.showArchived")}
        </label>
      </div>

      {rows.length === 0 && !clients.isPending ? (
        <p className="empty">{search ? t("clients.noMatch") : t("clients.empty")}</p>
      ) : (
        <table className="table" aria-label={t("clients.title")}>
          <thead>
            <tr>
              <th scope="col">{t("client.name")}</th>
              <th scope="col">{t("client.sector")}</th>
              <th scope="col">{t("client.place")}</th>
              <th scope="col">{t("client.phase")}</th>
              <th scope="col">{t("client.status")}</th>
              <th scope="col">{t("client.tabs.questionnaire")}</th>
              <th scope="col">
                <span className="visually-hidden">{t("common.actions")}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.slice(0, shown).map((client) => (
              <tr key={client.id}>
                <th scope="row">
                  <button type="button" className="link" onClick={() => navigate({ screen: "client", clientId: client.id, tab: "overview" })}>
                    {client.name}
                  </button>
                </th>
                <td>{client.sector}</td>
                <td>{client.place}</td>
                <td>{t(`phases.${client.phase}`)}</td>
                <td>
                  <span className={`badge status-${client.status}`}>{t(`statuses.${client.status}`)}</span>
                </td>
                <td>
                  <Progress label={t("questionnaire.completionOf", { name: client.name })} percent={client.questionnaire.percent} />
                </td>
                <td>
                  {client.status === "archived" ? (
                    <button type="button" onClick={() => restore.mutate(client.id)} aria-label={t("clients.restoreNamed", { name: client.name })}>
                      {t("clients.restore")}
                    </button>
                  ) : (
                    <button type="button" onClick={() => archive.mutate(client.id)} aria-label={t("clients.archiveNamed", { name: client.name })}>
                      {t("clients.archive")}
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
