// The sharing screen's lists: a conflict to settle, the approvals that
// arrived, the log of choices and the files exchanged.
import { useTranslation } from "react-i18next";

import type { ClientId, Conflict, FileRecord } from "../../bindings";
import { formatDateTime } from "../../lib/format";
import { useErrorText, useLanguage } from "../../lib/i18n";
import { toAppError } from "../../lib/ipc";
import { useResolveConflict, useSaveFileAgain } from "./queries";

/** "Cliente · Settore": what a conflict is about, in words. */
export function useWhat(): (conflict: Conflict) => string {
  const { t } = useTranslation();
  const tables = t("sharing.tables", { returnObjects: true }) as Record<string, string>;
  const columns = t("sharing.columns", { returnObjects: true }) as Record<string, string>;
  return (conflict) => {
    const table = tables[conflict.table] ?? conflict.table;
    if (!conflict.column) return table;
    return `${table} · ${columns[conflict.column] ?? conflict.column}`;
  };
}

/** The owner of a field: the side whose value Regia suggests. */
function ownerSide(conflict: Conflict, here: "agency" | "business"): "agency" | "business" {
  if (conflict.suggested === "remote") return conflict.remoteSide;
  return here;
}

export function ConflictCard({ clientId, conflict, me, peer }: { clientId: ClientId; conflict: Conflict; me: string; peer: string }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const errorText = useErrorText();
  const what = useWhat();
  const resolve = useResolveConflict(clientId);
  const label = conflict.label || what(conflict);
  const here = conflict.remoteSide === "agency" ? "business" : "agency";
  const when = (at: string | null) => (at ? formatDateTime(at, language) : "");
  const value = (v: string | null) => v ?? t("sharing.conflicts.empty");

  return (
    <div role="group" aria-label={t("sharing.conflicts.group", { label })} className="share-conflict">
      <p className="share-conflict-what">
        <strong>{what(conflict)}</strong> · {label} <span className="hint">{t("sharing.conflicts.from", { n: conflict.sequence })}</span>
      </p>
      {conflict.kind === "field" ? (
        <>
          <div className="share-values">
            <div className={conflict.suggested === "local" ? "share-value suggested" : "share-value"}>
              <p className="share-who">
                {t("sharing.conflicts.here", { name: me })} {conflict.suggested === "local" && <span className="badge">{t("sharing.conflicts.suggested")}</span>}
              </p>
              <p className="share-text">{value(conflict.localValue)}</p>
              <p className="hint">{when(conflict.localAt)}</p>
              <button type="button" disabled={resolve.isPending} onClick={() => resolve.mutate({ id: conflict.id, choice: "local" })}>
                {t("sharing.conflicts.keep", { name: me })}
              </button>
            </div>
            <div className={conflict.suggested === "remote" ? "share-value suggested" : "share-value"}>
              <p className="share-who">
                {peer} {conflict.suggested === "remote" && <span className="badge">{t("sharing.conflicts.suggested")}</span>}
              </p>
              <p className="share-text">{value(conflict.remoteValue)}</p>
              <p className="hint">{when(conflict.remoteAt)}</p>
              <button type="button" disabled={resolve.isPending} onClick={() => resolve.mutate({ id: conflict.id, choice: "remote" })}>
                {t("sharing.conflicts.keep", { name: peer })}
              </button>
            </div>
          </div>
          {conflict.suggested && <p className="hint">{t(`sharing.conflicts.why.${ownerSide(conflict, here)}`)}</p>}
        </>
      ) : (
        <>
          <p>{t(`sharing.conflicts.kinds.${conflict.kind}`, { name: peer })}</p>
          <button type="button" disabled={resolve.isPending} onClick={() => resolve.mutate({ id: conflict.id, choice: "acknowledged" })}>
            {t("sharing.conflicts.acknowledge")}
          </button>
        </>
      )}
      {resolve.isError && <p role="alert">{errorText(toAppError(resolve.error))}</p>}
    </div>
  );
}

export function ArrivalList({ files }: { files: FileRecord[] }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const arrivals = files.flatMap((f) => f.arrivals);
  if (arrivals.length === 0) return <p className="hint">{t("sharing.arrivals.none")}</p>;
  return (
    <ul className="share-list">
      {arrivals.map((a, n) => (
        <li key={n}>
          {t(`sharing.arrivals.${a.kind === "post" ? "post" : "strategy"}.${a.status === "approved" ? "approved" : "changes_requested"}`, {
            label: a.label,
            by: a.by ?? t("sharing.arrivals.someone"),
            at: a.at ? formatDateTime(a.at, language) : "",
          })}
        </li>
      ))}
    </ul>
  );
}

export function ResolvedList({ resolved, me, peer, what }: { resolved: Conflict[]; me: string; peer: string; what: (c: Conflict) => string }) {
  const { t } = useTranslation();
  const language = useLanguage();
  if (resolved.length === 0) return <p className="hint">{t("sharing.log.none")}</p>;
  return (
    <ul className="share-list">
      {resolved.map((c) => {
        const params = {
          what: what(c),
          label: c.label,
          by: c.resolvedBy ?? "",
          at: c.resolvedAt ? formatDateTime(c.resolvedAt, language) : "",
        };
        const text =
          c.choice === "other_side"
            ? t("sharing.log.otherSide", params)
            : c.choice === "acknowledged"
              ? t("sharing.log.acknowledged", params)
              : t("sharing.log.field", { ...params, who: c.choice === "local" ? me : peer });
        return <li key={c.id}>{text}</li>;
      })}
    </ul>
  );
}

export function FilesTable({ clientId, clientName, files }: { clientId: ClientId; clientName: string; files: FileRecord[] }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const errorText = useErrorText();
  const again = useSaveFileAgain(clientId);
  if (files.length === 0) return <p className="hint">{t("sharing.status.none")}</p>;
  const size = (bytes: number) => (bytes < 1024 ? `${bytes} B` : `${Math.round(bytes / 1024).toLocaleString(language)} kB`);
  return (
    <>
      <table className="share-files">
        <thead>
          <tr>
            <th scope="col">{t("sharing.files.file")}</th>
            <th scope="col">{t("sharing.files.direction")}</th>
            <th scope="col">{t("sharing.files.changes")}</th>
            <th scope="col">{t("sharing.files.size")}</th>
            <th scope="col">{t("sharing.files.at")}</th>
          </tr>
        </thead>
        <tbody>
          {files.map((f) => (
            <tr key={`${f.direction}-${f.sequence}`}>
              <td>
                {f.direction === "sent" ? (
                  <button
                    type="button"
                    className="subtle"
                    aria-label={t("sharing.files.saveAgain", { n: f.sequence })}
                    onClick={() =>
                      again.mutate({
                        sequence: f.sequence,
                        dialog: {
                          title: t("sharing.manual.saveDialog"),
                          filterName: t("sharing.manual.filter"),
                          defaultName: t("sharing.manual.fileName", { name: clientName, n: f.sequence }),
                        },
                      })
                    }
                  >
                    {f.sequence}
                  </button>
                ) : (
                  f.sequence
                )}
              </td>
              <td>{t(`sharing.files.directions.${f.direction}`)}</td>
              <td>{f.changes}</td>
              <td>{size(f.bytes)}</td>
              <td>{formatDateTime(f.at, language)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {again.isError && <p role="alert">{errorText(toAppError(again.error))}</p>}
    </>
  );
}
