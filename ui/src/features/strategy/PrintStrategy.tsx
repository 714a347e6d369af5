// The approved strategy as a document for the business, in the client's
// language: printed, or saved as PDF from the system print dialog.
import { useState } from "react";
import { useTranslation } from "react-i18next";

import type { ClientId, Language, VersionId } from "../../bindings";
import { PrintToolbar } from "../../components/PrintToolbar";
import { formatDateTime } from "../../lib/format";
import { useNavigation } from "../app/navigation";
import { useClient } from "../clients/queries";
import { DocumentView } from "./DocumentView";
import { useStrategyVersion } from "./queries";

export function PrintStrategy({ clientId, versionId }: { clientId: ClientId; versionId: VersionId }) {
  const { t, i18n } = useTranslation();
  const { navigate } = useNavigation();
  const client = useClient(clientId).data;
  const version = useStrategyVersion(versionId).data;
  const [language, setLanguage] = useState<Language | null>(null);
  if (!client || !version) return <div className="splash" aria-busy="true" />;
  const docLanguage = language ?? client.language;
  const d = i18n.getFixedT(docLanguage);
  const v = version.summary;
  const title = d("strategy.print.title", { name: client.name });

  return (
    <div className="print-page">
      <PrintToolbar
        backLabel={t("strategy.print.back")}
        onBack={() => navigate({ screen: "client", clientId, tab: "strategy" })}
        printLabel={t("strategy.print.print")}
        language={docLanguage}
        onLanguage={setLanguage}
      />
      <article className="document" lang={docLanguage} aria-label={title}>
        <header>
          <p className="doc-kicker">Regia</p>
          <h1>{title}</h1>
          <p className="doc-meta">
            {v.status === "approved" && v.decidedAt
              ? d("strategy.print.version", { number: v.number, date: formatDateTime(v.decidedAt, docLanguage), by: v.decidedBy ?? "" })
              : d("strategy.print.notApproved", { number: v.number, status: d(`strategy.versions.statuses.${v.status}`) })}
          </p>
        </header>
        <DocumentView document={version.document} t={d} language={docLanguage} />
      </article>
    </div>
  );
}
