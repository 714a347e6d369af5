// The decision log of a client.
import { useTranslation } from "react-i18next";

import type { Client } from "../../bindings";

export function DecisionsScreen({ client }: { client: Client; agency: boolean }) {
  const { t } = useTranslation();
  return (
    <div className="screen">
      <header className="screen-header">
        <h1>{t("decisions.title", { name: client.name })}</h1>
      </header>
    </div>
  );
}
