// First start: is this install an agency's or a business's, and its name.
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";

import type { Language, Side } from "../../bindings";
import { FormError, TextField } from "../../components/fields";
import { errorFor, formError } from "../../lib/ipc";
import { useSetupProfile } from "./queries";

export function SetupScreen({ language: initialLanguage }: { language: Language }) {
  const { t, i18n } = useTranslation();
  const [kind, setKind] = useState<Side>("business");
  const [name, setName] = useState("");
  const [language, setLanguage] = useState<Language>(initialLanguage);
  const setup = useSetupProfile();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setup.mutate({ kind, name, language });
  };
  const chooseLanguage = (next: Language) => {
    setLanguage(next);
    void i18n.changeLanguage(next);
  };

  return (
    <main className="centered">
      <form className="card narrow setup" onSubmit={submit} aria-labelledby="setup-title" noValidate>
        <img src="/icon.png" alt="" width={72} height={72} />
        <h1 id="setup-title">{t("setup.title")}</h1>
        <p>{t("setup.intro")}</p>
        <fieldset>
          <legend>{t("setup.kindLegend")}</legend>
          <label className="choice-card">
            <input type="radio" name="kind" value="business" checked={kind === "business"} onChange={() => setKind("business")} />
            <span>
              <strong>{t("setup.business")}</strong>
              <small>{t("setup.businessHint")}</small>
            </span>
          </label>
          <label className="choice-card">
            <input type="radio" name="kind" value="agency" checked={kind === "agency"} onChange={() => setKind("agency")} />
            <span>
              <strong>{t("setup.agency")}</strong>
              <small>{t("setup.agencyHint")}</small>
            </span>
          </label>
        </fieldset>
        <TextField
          label={kind === "agency" ? t("setup.agencyName") : t("setup.businessName")}
          value={name}
          onChange={(e) => setName(e.target.value)}
          error={errorFor(setup.error, "name")}
          autoFocus
          maxLength={400}
        />
        <fieldset className="inline">
          <legend>{t("settings.language")}</legend>
          <label>
            <input type="radio" name="language" checked={language === "it"} onChange={() => chooseLanguage("it")} /> Italiano
          </label>
          <label>
            <input type="radio" name="language" checked={language === "en"} onChange={() => chooseLanguage("en")} /> English
          </label>
        </fieldset>
        <FormError error={formError(setup.error, ["name"])} />
        <button type="submit" className="primary" disabled={setup.isPending}>
          {t("setup.start")}
        </button>
      </form>
    </main>
  );
}
