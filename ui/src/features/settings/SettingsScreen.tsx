// Language, the install's name, and where its data lives.
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";

import type { Language, Profile } from "../../bindings";
import { FormError, TextField } from "../../components/fields";
import { useLanguage } from "../../lib/i18n";
import { errorFor, formError } from "../../lib/ipc";
import { useRenameProfile, useSetLanguage } from "../app/queries";
import { Backups } from "./Backups";

export function SettingsScreen({ profile, databasePath }: { profile: Profile; databasePath: string }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const setLanguage = useSetLanguage();
  const rename = useRenameProfile();
  const [name, setName] = useState(profile.name);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    rename.mutate(name);
  };
  const choose = (next: Language) => setLanguage.mutate(next);

  return (
    <div className="screen">
      <header className="screen-header">
        <h1>{t("settings.title")}</h1>
      </header>
      <section className="card" aria-labelledby="settings-language">
        <h2 id="settings-language">{t("settings.language")}</h2>
        <div role="radiogroup" aria-labelledby="settings-language" className="choices">
          <label>
            <input type="radio" name="ui-language" checked={language === "it"} onChange={() => choose("it")} /> Italiano
          </label>
          <label>
            <input type="radio" name="ui-language" checked={language === "en"} onChange={() => choose("en")} /> English
          </label>
        </div>
        <FormError error={formError(setLanguage.error, [])} />
      </section>
      <section className="card" aria-labelledby="settings-profile">
        <h2 id="settings-profile">{t(profile.kind === "agency" ? "settings.agencyProfile" : "settings.businessProfile")}</h2>
        <form className="form-grid" onSubmit={submit} noValidate>
          <TextField
            label={profile.kind === "agency" ? t("setup.agencyName") : t("setup.businessName")}
            value={name}
            onChange={(e) => setName(e.target.value)}
            error={errorFor(rename.error, "name")}
          />
          <FormError error={formError(rename.error, ["name"])} />
          <div className="actions">
            <button type="submit" className="primary" disabled={rename.isPending}>
              {t("common.save")}
            </button>
            {rename.isSuccess && (
              <span role="status" className="saved">
                {t("common.saved")}
              </span>
            )}
          </div>
        </form>
      </section>
      <section className="card" aria-labelledby="settings-data">
        <h2 id="settings-data">{t("settings.data")}</h2>
        <p>{t("settings.dataHint")}</p>
        <p>
          <code>{databasePath}</code>
        </p>
      </section>
      <Backups />
    </div>
  );
}
