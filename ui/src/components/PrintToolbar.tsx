// The bar above a printable document: back to the screen it came from, the
// document's language, and the system print dialog (print or save as PDF).
// It is not printed itself (see `.print-toolbar` in styles.css).
import { useTranslation } from "react-i18next";

import type { Language } from "../bindings";

export function PrintToolbar({
  backLabel,
  onBack,
  printLabel,
  language,
  onLanguage,
}: {
  backLabel: string;
  onBack: () => void;
  printLabel: string;
  language: Language;
  onLanguage: (language: Language) => void;
}) {
  const { t } = useTranslation();
  return (
    <div className="print-toolbar" role="toolbar" aria-label={t("print.toolbar")}>
      <button type="button" onClick={onBack}>
        ← {backLabel}
      </button>
      <label>
        {t("print.language")}{" "}
        <select value={language} onChange={(e) => onLanguage(e.target.value as Language)}>
          <option value="it">Italiano</option>
          <option value="en">English</option>
        </select>
      </label>
      <button type="button" className="primary" onClick={() => window.print()}>
        {printLabel}
      </button>
    </div>
  );
}
