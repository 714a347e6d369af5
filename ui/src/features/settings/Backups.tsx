// The database's snapshots (one a day, before every migration, before a
// restore; the last seven) and putting one back, after a confirmation.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";

import { commands, type Backup } from "../../bindings";
import { Dialog } from "../../components/Dialog";
import { formatDateTime } from "../../lib/format";
import { useErrorText, useLanguage } from "../../lib/i18n";
import { call, toAppError } from "../../lib/ipc";
import { queryKeys } from "../../lib/queryKeys";

export function Backups() {
  const { t } = useTranslation();
  const language = useLanguage();
  const errorText = useErrorText();
  const queryClient = useQueryClient();
  const backups = useQuery({ queryKey: queryKeys.app.backups, queryFn: () => call(commands.listBackups()) });
  const restore = useMutation({
    mutationFn: (name: string) => call(commands.restoreBackup(name)),
    onSuccess: (list) => {
      // Every screen reads the restored database again.
      void queryClient.invalidateQueries();
      queryClient.setQueryData(queryKeys.app.backups, list);
    },
  });
  const [chosen, setChosen] = useState<Backup | null>(null);
  const when = (b: Backup) => formatDateTime(b.at, language);

  return (
    <section className="card" aria-labelledby="settings-backups">
      <h2 id="settings-backups">{t("settings.backups.title")}</h2>
      <p className="hint">{t("settings.backups.hint")}</p>
      {backups.isError && <p role="alert">{errorText(toAppError(backups.error))}</p>}
      {backups.data?.length === 0 && <p className="hint">{t("settings.backups.none")}</p>}
      {backups.data && backups.data.length > 0 && (
        <table className="backups">
          <thead>
            <tr>
              <th scope="col">{t("settings.backups.when")}</th>
              <th scope="col">{t("settings.backups.why")}</th>
              <th scope="col">{t("settings.backups.size")}</th>
              <th scope="col">
                <span className="visually-hidden">{t("settings.backups.actions")}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {backups.data.map((b) => (
              <tr key={b.name}>
                <td>{when(b)}</td>
                <td>{t(`settings.backups.reasons.${b.reason}`)}</td>
                <td>{b.kilobytes.toLocaleString(language)} kB</td>
                <td>
                  <button type="button" aria-label={t("settings.backups.restoreNamed", { when: when(b) })} onClick={() => setChosen(b)}>
                    {t("settings.backups.restore")}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {restore.isSuccess && <p role="status">{t("settings.backups.restored")}</p>}
      {restore.isError && <p role="alert">{errorText(toAppError(restore.error))}</p>}
      {chosen && (
        <Dialog title={t("settings.backups.confirmTitle", { when: when(chosen) })} onClose={() => setChosen(null)}>
          <p>{t("settings.backups.confirmBody")}</p>
          <div className="actions">
            <button
              type="button"
              className="danger"
              disabled={restore.isPending}
              onClick={() => restore.mutate(chosen.name, { onSettled: () => setChosen(null) })}
            >
              {t("settings.backups.confirm")}
            </button>
            <button type="button" onClick={() => setChosen(null)}>
              {t("settings.backups.cancel")}
            </button>
          </div>
        </Dialog>
      )}
    </section>
  );
}
