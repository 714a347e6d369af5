// Saving one value, from the grid or the form. A value already recorded for
// the same place is never replaced silently: the core refuses it
// (`duplicate_measurement`) and the user is asked, old and new side by side;
// the caller awaits the outcome of the whole exchange.
import { useQueryClient } from "@tanstack/react-query";
import { useCallback, useState } from "react";
import { useTranslation } from "react-i18next";

import { commands, type ClientId, type MeasurementInput, type Monitoring } from "../../../bindings";
import { Dialog } from "../../../components/Dialog";
import { formatNumber, parseNumber } from "../../../lib/format";
import { useLanguage } from "../../../lib/i18n";
import { toAppError, type AppError } from "../../../lib/ipc";
import { queryKeys } from "../../../lib/queryKeys";
import { useMonitoringEdit } from "../queries";
import { placeName } from "./labels";
import { parseDay, periodStart } from "./periods";

export type Outcome = { status: "saved" } | { status: "kept" } | { status: "error"; error: AppError };

interface Question {
  input: MeasurementInput;
  /** The period's first day, as the core read the typed day. */
  start: string;
  existing: string;
  answer: (outcome: Outcome) => void;
}

export function useSaveValue(clientId: ClientId, monitoring: Monitoring) {
  const queryClient = useQueryClient();
  const { mutateAsync } = useMonitoringEdit(clientId, (input: MeasurementInput) => commands.saveMeasurement(clientId, input));
  const [question, setQuestion] = useState<Question | null>(null);

  const send = useCallback(
    async (input: MeasurementInput): Promise<Outcome> => {
      try {
        await mutateAsync(input);
        return { status: "saved" };
      } catch (cause) {
        return { status: "error", error: toAppError(cause) };
      }
    },
    [mutateAsync],
  );

  const save = useCallback(
    async (input: MeasurementInput): Promise<Outcome> => {
      const outcome = await send(input);
      if (outcome.status !== "error" || outcome.error.code !== "duplicate_measurement" || input.replace) return outcome;
      // Someone recorded it meanwhile (an import, the other install): show what is there now.
      void queryClient.invalidateQueries({ queryKey: queryKeys.monitoring.detail(clientId) });
      const { params } = outcome.error;
      const day = parseDay(input.day);
      return new Promise<Outcome>((answer) =>
        setQuestion({
          input,
          start: params.period ?? (day ? periodStart(input.period, day) : input.day),
          existing: params.existing ?? "",
          answer,
        }),
      );
    },
    [send, queryClient, clientId],
  );

  const reply = async (replace: boolean) => {
    if (!question) return;
    setQuestion(null);
    question.answer(replace ? await send({ ...question.input, replace: true }) : { status: "kept" });
  };

  const dialog = question && (
    <ReplaceDialog monitoring={monitoring} question={question} onReplace={() => void reply(true)} onKeep={() => void reply(false)} />
  );
  return { save, dialog };
}

function ReplaceDialog({
  monitoring,
  question,
  onReplace,
  onKeep,
}: {
  monitoring: Monitoring;
  question: Question;
  onReplace: () => void;
  onKeep: () => void;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { input } = question;
  const number = (text: string) => {
    const parsed = Number(text);
    return text !== "" && Number.isFinite(parsed) ? formatNumber(parsed, language) : text;
  };
  const typed = parseNumber(input.value, language);
  const place = placeName(t, monitoring, { channel: input.channel, metric: input.metric, period: input.period, start: question.start }, language);
  return (
    <Dialog title={t("monitoringValues.replace.title")} onClose={onKeep}>
      <p>
        {t("monitoringValues.replace.text", {
          place,
          old: number(question.existing),
          new: typed === null || Number.isNaN(typed) ? input.value : formatNumber(typed, language),
        })}
      </p>
      <div className="actions">
        <button type="button" className="primary" onClick={onReplace}>
          {t("monitoringValues.replace.confirm")}
        </button>
        <button type="button" onClick={onKeep}>
          {t("monitoringValues.replace.keep")}
        </button>
      </div>
    </Dialog>
  );
}
