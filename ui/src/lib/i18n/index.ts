// i18next with two typed catalogs. `en` must have exactly the keys of `it`
// (tsc checks it, and catalogs.test.ts checks it again at run time), and the
// error codes and channel keys come from the Rust side's types.
import i18next from "i18next";
import { useCallback } from "react";
import { initReactI18next, useTranslation } from "react-i18next";

import type { Language } from "../../bindings";
import { formatDate } from "../format";
import type { AppError } from "../ipc";
import { en } from "./en";
import { it } from "./it";

export const catalogs = { it, en } as const;

declare module "i18next" {
  interface CustomTypeOptions {
    defaultNS: "translation";
    resources: { translation: typeof it };
  }
}

/** Italian when the environment says Italian, English otherwise (until the app status says). */
export function guessLanguage(locale: string | undefined): Language {
  return locale?.toLowerCase().startsWith("it") ? "it" : "en";
}

export const i18n = i18next.createInstance();

void i18n.use(initReactI18next).init({
  resources: { it: { translation: it }, en: { translation: en } },
  lng: guessLanguage(typeof navigator === "undefined" ? undefined : navigator.language),
  fallbackLng: false,
  interpolation: { escapeValue: false },
  returnNull: false,
});

export function useLanguage(): Language {
  const { i18n: instance } = useTranslation();
  return instance.language === "en" ? "en" : "it";
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Turns an error into words in the current language (dates in params as the reader writes them). */
export function useErrorText(): (error: AppError) => string {
  const { t, i18n: instance } = useTranslation();
  const language: Language = instance.language === "en" ? "en" : "it";
  return useCallback(
    (error: AppError) => {
      const params = Object.fromEntries(
        Object.entries(error.params).map(([key, value]) => [key, value && ISO_DATE.test(value) ? formatDate(value, language) : value]),
      );
      return t(`errors.${error.code}`, params);
    },
    [t, language],
  );
}
