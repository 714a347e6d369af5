// The split's way out: the RACI table as a CSV file for a spreadsheet, or as
// a printable document in the client's language.
import { useTranslation } from "react-i18next";

import type { Client } from "../../../bindings";
import { useErrorText } from "../../../lib/i18n";
import { toAppError } from "../../../lib/ipc";
import { useNavigation } from "../../app/navigation";
import { useExportSplit } from "./queries";
import "./plan.css";

/** The client's name as a file name: letters, digits, spaces, `_` and `-` only. */
function fileBase(name: string): string {
  return name.replace(/[^\p{L}\p{N} _-]/gu, "").trim() || "regia";
}

export function ExportActions({ client }: { client: Client }) {
  const { t } = useTranslation();
  const { navigate } = useNavigation();
  const errorText = useErrorText();
  const exporting = useExportSplit(client.id);

  return (
    <div className="split-export">
      <div className="actions">
        <button
          type="button"
          disabled={exporting.isPending}
          onClick={() =>
            exporting.mutate({
              suggestedName: t("splitPlan.export.fileName", { name: fileBase(client.name) }),
              filterName: t("splitPlan.export.csvFilter"),
              title: t("splitPlan.export.saveTitle"),
            })
          }
        >
          {t("splitPlan.export.csv")}
        </button>
        <button type="button" onClick={() => navigate({ screen: "print-split", clientId: client.id })}>
          {t("splitPlan.export.print")}
        </button>
      </div>
      {exporting.data && (
        <p role="status" className="saved">
          {t("splitPlan.export.exported", { count: exporting.data.count, path: exporting.data.path })}
        </p>
      )}
      {exporting.error && (
        <p role="status" className="form-error">
          {errorText(toAppError(exporting.error))}
        </p>
      )}
    </div>
  );
}
