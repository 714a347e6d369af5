// Channel names. The keys come from the Rust catalog (exported as CHANNELS in
// the bindings); catalogs.test.ts checks each has a name in both languages.
import { CHANNELS, type Language } from "../../bindings";
import { en } from "./en";
import { it } from "./it";

export const channelKeys: readonly string[] = CHANNELS;

const names: Record<Language, Partial<Record<string, string>>> = { it: it.channels, en: en.channels };

export function channelLabel(key: string, language: Language): string {
  return names[language][key] ?? key;
}
