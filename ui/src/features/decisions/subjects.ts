// What a decision can be about, read from the client's strategy and
// questionnaire: the items offered by the form's subject select.
import { useTranslation } from "react-i18next";

import type { ClientId, SubjectKind } from "../../bindings";
import { useLanguage } from "../../lib/i18n";
import { channelLabel } from "../../lib/i18n/channels";
import { useQuestionnaire } from "../questionnaire/queries";
import { useStrategy } from "../strategy/queries";

export const SUBJECT_KINDS: readonly SubjectKind[] = ["answer", "objective", "channel", "pillar", "strategy_version"];

export interface SubjectItem {
  id: string;
  label: string;
  /** Shown as an optgroup (a questionnaire section). */
  group?: string;
}

export type SubjectItems = Record<SubjectKind, SubjectItem[]>;

export function useSubjectItems(clientId: ClientId): SubjectItems {
  const { t } = useTranslation();
  const language = useLanguage();
  const strategy = useStrategy(clientId).data;
  const questionnaire = useQuestionnaire(clientId).data;
  const document = strategy?.document;
  return {
    answer: (questionnaire?.sections ?? []).flatMap((section) =>
      section.questions.map((q) => ({ id: q.id, label: q.prompt[language], group: section.title[language] })),
    ),
    // Micro objectives follow their macro, marked so the nesting shows in a flat select.
    objective: (document?.objectives ?? []).flatMap((macro) => [
      { id: macro.id, label: macro.title },
      ...macro.micros.map((micro) => ({ id: micro.id, label: `— ${micro.title}` })),
    ]),
    channel: (document?.channels ?? []).map((c) => ({ id: c.id, label: c.name || channelLabel(c.channel, language) })),
    pillar: (document?.pillars ?? []).map((p) => ({ id: p.id, label: p.name })),
    strategy_version: (strategy?.versions ?? []).map((v) => ({ id: v.id, label: t("decisions.form.version", { number: v.number }) })),
  };
}
