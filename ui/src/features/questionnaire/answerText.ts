// An answer as words, for the printed document and summaries.
import type { Language, Question } from "../../bindings";
import { formatDate, formatNumber } from "../../lib/format";
import { channelLabel } from "../../lib/i18n/channels";

export function answerText(question: Question, language: Language): string {
  const value = question.answer?.value;
  if (!value) return "";
  const optionLabel = (key: string) => question.options.find((o) => o.key === key)?.label[language] ?? key;
  switch (value.kind) {
    case "text":
    case "url":
      return value.value;
    case "choice":
      return optionLabel(value.value);
    case "choices":
      return value.value.map(optionLabel).join(", ");
    case "scale":
      return `${value.value} / 5`;
    case "number":
      return value.value === null ? "" : [formatNumber(value.value, language), question.unit?.[language]].filter(Boolean).join(" ");
    case "date":
      return formatDate(value.value, language);
    case "channels":
      return value.value.map((c) => (c.handle ? `${channelLabel(c.channel, language)} (${c.handle})` : channelLabel(c.channel, language))).join(", ");
  }
}
