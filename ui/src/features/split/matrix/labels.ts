// How the split names its rows, columns and phases in the reader's language:
// a catalog activity or channel by its key, a custom one by the name it was
// given (the core does the same in decisions and exports).
import type { TFunction } from "i18next";

import type { Activity, Language, Phase, SplitChannel, SplitSide } from "../../../bindings";
import { channelKeys, channelLabel } from "../../../lib/i18n/channels";
import { splitStrings } from "../strings";

type CatalogActivity = keyof typeof splitStrings.it.activities;

function isCatalogActivity(key: string): key is CatalogActivity {
  return Object.hasOwn(splitStrings.it.activities, key);
}

export function activityLabel(t: TFunction, activity: Pick<Activity, "key" | "name">): string {
  return isCatalogActivity(activity.key) ? t(`split.activities.${activity.key}`) : activity.name || activity.key;
}

export function channelName(channel: Pick<SplitChannel, "channel" | "name">, language: Language): string {
  return channelKeys.includes(channel.channel) ? channelLabel(channel.channel, language) : channel.name || channel.channel;
}

/** The phase as a word inside a sentence ("crescita"). */
export function phaseWord(t: TFunction, phase: Phase): string {
  return t(`phases.${phase}`).toLocaleLowerCase();
}

export function sideLabel(t: TFunction, side: SplitSide): string {
  return t(`split.sides.${side}`);
}
