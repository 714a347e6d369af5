// Sharing a client between the agency's install and the business's: the
// invitation, the exchange (shared folder or by hand), the conflicts a
// person settles, and what arrived from the other side.
import { useState } from "react";
import { useTranslation } from "react-i18next";

import type { Client, Conflict, InvitationPreview, ShareStatus } from "../../bindings";
import { Dialog } from "../../components/Dialog";
import { formatDateTime } from "../../lib/format";
import { useErrorText, useLanguage } from "../../lib/i18n";
import { AppError, toAppError } from "../../lib/ipc";
import { useNavigation } from "../app/navigation";
import { useAppStatus } from "../app/queries";
import { ArrivalList, ConflictCard, FilesTable, ResolvedList, useWhat } from "./parts";
import {
  useAcceptInvitation,
  useChooseFolder,
  useOpenChanges,
  usePreviewInvitation,
  useSaveChanges,
  useSaveInvitation,
  useShare,
  useStopSharing,
  useSync,
} from "./queries";
import "./sharing.css";

export function SharingScreen({ client }: { client: Client }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const share = useShare(client.id);
  const profile = useAppStatus().data?.profile;
  // One mutation for the first invitation and the ones saved again, so its
  // confirmation stays once the screen turns into the exchange's.
  const invite = useSaveInvitation(client.id);
  if (share.isError) return <p role="alert">{errorText(toAppError(share.error))}</p>;
  if (share.data === undefined || !profile) return <div className="splash" aria-busy="true" />;
  return (
    <div className="screen sharing">
      <header className="screen-header">
        <h1>{t("sharing.title", { name: client.name })}</h1>
      </header>
      {share.data ? (
        <Shared client={client} status={share.data} me={profile.name} invite={invite} />
      ) : profile.kind === "agency" ? (
        <Invite client={client} invite={invite} />
      ) : (
        <Accept />
      )}
    </div>
  );
}

type InviteMutation = ReturnType<typeof useSaveInvitation>;

function Invite({ client, invite }: { client: Client; invite: InviteMutation }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  return (
    <section className="card" aria-labelledby="share-invite-title">
      <h2 id="share-invite-title">{t("sharing.invite.title")}</h2>
      <p className="hint">{t("sharing.invite.intro", { name: client.name })}</p>
      <p className="hint">{t("sharing.invite.private")}</p>
      <button
        type="button"
        disabled={invite.isPending}
        onClick={() =>
          invite.mutate({
            title: t("sharing.invite.dialog"),
            filterName: t("sharing.manual.filter"),
            defaultName: t("sharing.invite.fileName", { name: client.name }),
          })
        }
      >
        {t("sharing.invite.create")}
      </button>
      {invite.isError && <p role="alert">{errorText(toAppError(invite.error))}</p>}
    </section>
  );
}

function Accept() {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const { navigate } = useNavigation();
  const preview = usePreviewInvitation();
  const accept = useAcceptInvitation();
  const [opened, setOpened] = useState<{ path: string; preview: InvitationPreview } | null>(null);
  return (
    <section className="card" aria-labelledby="share-accept-title">
      <h2 id="share-accept-title">{t("sharing.accept.title")}</h2>
      <p className="hint">{t("sharing.accept.intro")}</p>
      <button
        type="button"
        disabled={preview.isPending}
        onClick={() =>
          preview.mutate(
            { title: t("sharing.accept.dialog"), filterName: t("sharing.manual.filter") },
            { onSuccess: (result) => result && setOpened(result) },
          )
        }
      >
        {t("sharing.accept.open")}
      </button>
      {preview.isError && <p role="alert">{errorText(toAppError(preview.error))}</p>}
      {opened && (
        <section className="share-preview" aria-label={t("sharing.accept.preview")}>
          <h3>{t("sharing.accept.from", { agency: opened.preview.agency })}</h3>
          <p>{t("sharing.accept.what", { client: opened.preview.clientName, rows: opened.preview.rows })}</p>
          {opened.preview.replaces !== null && <p className="warning">{t("sharing.accept.replaces", { name: opened.preview.replaces })}</p>}
          <div className="actions">
            <button
              type="button"
              className="primary"
              disabled={accept.isPending}
              onClick={() =>
                accept.mutate(opened.path, {
                  onSuccess: (clientId) => navigate({ screen: "client", clientId, tab: "sharing" }),
                })
              }
            >
              {t("sharing.accept.confirm")}
            </button>
            <button type="button" onClick={() => setOpened(null)}>
              {t("sharing.accept.cancel")}
            </button>
          </div>
          {accept.isError && <p role="alert">{errorText(toAppError(accept.error))}</p>}
        </section>
      )}
    </section>
  );
}

function Shared({ client, status, me, invite }: { client: Client; status: ShareStatus; me: string; invite: InviteMutation }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const errorText = useErrorText();
  const what = useWhat();
  const folder = useChooseFolder(client.id);
  const sync = useSync(client.id);
  const saveChanges = useSaveChanges(client.id);
  const openChanges = useOpenChanges();
  const stop = useStopSharing(client.id);
  const [stopping, setStopping] = useState(false);
  const agency = status.side === "agency";
  const fileLine = (n: number, at: string | null) => (n > 0 && at ? t("sharing.status.file", { n, at: formatDateTime(at, language) }) : t("sharing.status.none"));
  const dialog = (title: string, defaultName?: string) => ({ title, filterName: t("sharing.manual.filter"), defaultName });

  const synced = sync.data;
  const syncedText = synced
    ? [
        synced.sent !== null ? t("sharing.folder.sent", { n: synced.sent }) : null,
        synced.received.length > 0 ? t("sharing.folder.received", { count: synced.received.length }) : null,
      ]
        .filter((part): part is string => part !== null)
        .join(", ") || t("sharing.folder.nothing")
    : "";

  return (
    <>
      <section className="card" aria-labelledby="share-status-title">
        <h2 id="share-status-title">{t("sharing.status.title")}</h2>
        <p>{t("sharing.status.with", { name: status.peerName })}</p>
        <dl className="share-facts">
          <div>
            <dt>{t("sharing.status.lastSent")}</dt>
            <dd>{fileLine(status.sentSequence, status.lastSentAt)}</dd>
          </div>
          <div>
            <dt>{t("sharing.status.lastReceived")}</dt>
            <dd>{fileLine(status.receivedSequence, status.lastReceivedAt)}</dd>
          </div>
          <div>
            <dt>{t("sharing.status.pending")}</dt>
            <dd>{status.pendingChanges}</dd>
          </div>
        </dl>
        {status.waitingFor !== null && (
          <p role="status" className="warning">
            {t("sharing.status.waiting", { n: status.waitingFor })}
          </p>
        )}
        {invite.isSuccess && invite.data && <p role="status">{t("sharing.invite.saved", { name: client.name })}</p>}
      </section>

      <section className="card" aria-labelledby="share-conflicts-title">
        <h2 id="share-conflicts-title">{t("sharing.conflicts.title")}</h2>
        {status.conflicts.length === 0 ? (
          <p className="hint">{t("sharing.conflicts.none")}</p>
        ) : (
          <>
            <p className="hint">{t("sharing.conflicts.intro")}</p>
            <ul className="share-conflicts">
              {status.conflicts.map((conflict: Conflict) => (
                <li key={conflict.id}>
                  <ConflictCard clientId={client.id} conflict={conflict} me={me} peer={status.peerName} />
                </li>
              ))}
            </ul>
          </>
        )}
      </section>

      <section className="card" aria-labelledby="share-folder-title">
        <h2 id="share-folder-title">{t("sharing.folder.title")}</h2>
        <p className="hint">{t("sharing.folder.intro")}</p>
        <p className="share-path">{status.folder ?? t("sharing.folder.none")}</p>
        <div className="actions">
          <button type="button" disabled={folder.isPending} onClick={() => folder.mutate({ title: t("sharing.folder.dialog"), current: status.folder })}>
            {t("sharing.folder.choose")}
          </button>
          <button type="button" className="primary" disabled={status.folder === null || sync.isPending} onClick={() => sync.mutate()}>
            {t("sharing.folder.sync")}
          </button>
        </div>
        {folder.isError && <p role="alert">{errorText(toAppError(folder.error))}</p>}
        {sync.isError && <p role="alert">{errorText(toAppError(sync.error))}</p>}
        {synced && <p role="status">{t("sharing.folder.synced", { what: syncedText })}</p>}
        {synced?.refused && (
          <p role="alert">
            {t("sharing.folder.refused", {
              file: synced.refused.file,
              reason: errorText(new AppError({ code: synced.refused.code, params: {}, kind: "conflict", field: null, message: synced.refused.message })),
            })}
          </p>
        )}
      </section>

      <section className="card" aria-labelledby="share-manual-title">
        <h2 id="share-manual-title">{t("sharing.manual.title")}</h2>
        <p className="hint">{t("sharing.manual.intro")}</p>
        <div className="actions">
          <button
            type="button"
            disabled={status.pendingChanges === 0 || saveChanges.isPending}
            onClick={() =>
              saveChanges.mutate(dialog(t("sharing.manual.saveDialog"), t("sharing.manual.fileName", { name: client.name, n: status.sentSequence + 1 })))
            }
          >
            {t("sharing.manual.save")}
          </button>
          <button type="button" disabled={openChanges.isPending} onClick={() => openChanges.mutate(dialog(t("sharing.manual.openDialog")))}>
            {t("sharing.manual.open")}
          </button>
          {agency && (
            <button
              type="button"
              disabled={invite.isPending}
              onClick={() => invite.mutate(dialog(t("sharing.invite.dialog"), t("sharing.invite.fileName", { name: client.name })))}
            >
              {t("sharing.invite.again")}
            </button>
          )}
        </div>
        {saveChanges.isSuccess && saveChanges.data && <p role="status">{t("sharing.manual.saved", { n: saveChanges.data.sentSequence })}</p>}
        {saveChanges.isError && <p role="alert">{errorText(toAppError(saveChanges.error))}</p>}
        {openChanges.isSuccess && openChanges.data && (
          <p role="status">
            {t("sharing.manual.applied", {
              n: openChanges.data.sequence,
              changes: openChanges.data.changes,
              conflicts: openChanges.data.conflicts,
            })}
          </p>
        )}
        {openChanges.isError && <p role="alert">{errorText(toAppError(openChanges.error))}</p>}
        {invite.isError && <p role="alert">{errorText(toAppError(invite.error))}</p>}
      </section>

      <section className="card" aria-labelledby="share-arrivals-title">
        <h2 id="share-arrivals-title">{t("sharing.arrivals.title")}</h2>
        <ArrivalList files={status.files} />
      </section>

      <section className="card" aria-labelledby="share-log-title">
        <h2 id="share-log-title">{t("sharing.log.title")}</h2>
        <ResolvedList resolved={status.resolved} me={me} peer={status.peerName} what={what} />
      </section>

      <section className="card" aria-labelledby="share-files-title">
        <h2 id="share-files-title">{t("sharing.files.title")}</h2>
        <FilesTable clientId={client.id} clientName={client.name} files={status.files} />
      </section>

      <section className="card">
        <button type="button" className="danger" onClick={() => setStopping(true)}>
          {t("sharing.stop.button")}
        </button>
        {stop.isError && <p role="alert">{errorText(toAppError(stop.error))}</p>}
      </section>
      {stopping && (
        <Dialog title={t("sharing.stop.title", { name: client.name })} onClose={() => setStopping(false)}>
          <p>{t("sharing.stop.body")}</p>
          <div className="actions">
            <button type="button" className="danger" onClick={() => stop.mutate(undefined, { onSettled: () => setStopping(false) })}>
              {t("sharing.stop.button")}
            </button>
            <button type="button" onClick={() => setStopping(false)}>
              {t("sharing.stop.cancel")}
            </button>
          </div>
        </Dialog>
      )}
    </>
  );
}
