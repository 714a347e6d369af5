// "Importa CSV…" in the monitoring screen's header: choose a file, map its
// columns in the preview, import. The count imported is said next to the
// button.
import { useState } from "react";
import { useTranslation } from "react-i18next";

import type { Client, MeasurementImport, Monitoring } from "../../../bindings";
import { FormError } from "../../../components/fields";
import { toAppError } from "../../../lib/ipc";
import { ImportDialog } from "./ImportDialog";
import { useOpenValuesFile } from "./queries";

export function ImportAction({ client, monitoring }: { client: Client; monitoring: Monitoring }) {
  const { t } = useTranslation();
  const opening = useOpenValuesFile(client.id);
  const [pending, setPending] = useState<{ path: string; preview: MeasurementImport } | null>(null);
  const [imported, setImported] = useState<number | null>(null);

  return (
    <div className="values-import">
      <button
        type="button"
        disabled={opening.isPending}
        onClick={() => {
          setImported(null);
          opening.mutate(
            { title: t("monitoringValues.import.openTitle"), filterName: t("monitoringValues.import.csvFilter") },
            { onSuccess: (result) => setPending(result) },
          );
        }}
      >
        {t("monitoringValues.import.button")}
      </button>
      <p role="status" className="saved">
        {imported === null ? "" : t("monitoringValues.import.imported", { count: imported })}
      </p>
      <FormError error={opening.error ? toAppError(opening.error) : undefined} />
      {pending && (
        <ImportDialog
          clientId={client.id}
          monitoring={monitoring}
          path={pending.path}
          first={pending.preview}
          onImported={(count) => {
            setPending(null);
            setImported(count);
          }}
          onCancel={() => setPending(null)}
        />
      )}
    </div>
  );
}
