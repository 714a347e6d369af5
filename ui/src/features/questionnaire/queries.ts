import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect, useMemo, useState } from "react";

import {
  commands,
  type AnswerInput,
  type ClientId,
  type CustomQuestionInput,
  type Direction,
  type QuestionId,
  type Questionnaire,
  type SavedAnswer,
} from "../../bindings";
import { type AppError, call, toAppError } from "../../lib/ipc";
import { queryKeys } from "../../lib/queryKeys";
import { register, SerialSaver } from "../../lib/saver";

export function useQuestionnaire(clientId: ClientId) {
  return useQuery({ queryKey: queryKeys.questionnaire.detail(clientId), queryFn: () => call(commands.getQuestionnaire(clientId)) });
}

/** Puts a saved answer and the completion it changed into the cached questionnaire. */
export function applySaved(questionnaire: Questionnaire, saved: SavedAnswer): Questionnaire {
  return {
    ...questionnaire,
    completion: saved.completion,
    sections: questionnaire.sections.map((section) =>
      section.key !== saved.question.section
        ? section
        : {
            ...section,
            completion: saved.sectionCompletion,
            questions: section.questions.map((q) => (q.id === saved.question.id ? saved.question : q)),
          },
    ),
  };
}

export type SaveState = { status: "idle" | "saving" | "saved" } | { status: "error"; error: AppError };

/** Saves one question's answer as the user types (see lib/saver.ts). */
export function useAnswerSaver(clientId: ClientId, questionId: QuestionId) {
  const queryClient = useQueryClient();
  const [state, setState] = useState<SaveState>({ status: "idle" });
  const saver = useMemo(
    () =>
      new SerialSaver<AnswerInput>(async (input) => {
        setState({ status: "saving" });
        try {
          const saved = await call(commands.saveAnswer(questionId, input));
          queryClient.setQueryData<Questionnaire>(queryKeys.questionnaire.detail(clientId), (old) => old && applySaved(old, saved));
          void queryClient.invalidateQueries({ queryKey: queryKeys.clients.all, refetchType: "none" });
          setState({ status: "saved" });
        } catch (error) {
          setState({ status: "error", error: toAppError(error) });
        }
      }),
    [clientId, questionId, queryClient],
  );
  useEffect(() => register(saver), [saver]);
  return { save: (input: AnswerInput) => void saver.save(input), state };
}

function useRefresh(clientId: ClientId) {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: queryKeys.questionnaire.detail(clientId) }),
      queryClient.invalidateQueries({ queryKey: queryKeys.clients.all }),
    ]);
}

export function useAddCustomQuestion(clientId: ClientId) {
  const onSuccess = useRefresh(clientId);
  return useMutation({ mutationFn: (input: CustomQuestionInput) => call(commands.addCustomQuestion(clientId, input)), onSuccess });
}

export function useRemoveCustomQuestion(clientId: ClientId) {
  const onSuccess = useRefresh(clientId);
  return useMutation({ mutationFn: (id: QuestionId) => call(commands.removeCustomQuestion(id)), onSuccess });
}

export function useMoveQuestion(clientId: ClientId) {
  const onSuccess = useRefresh(clientId);
  return useMutation({
    mutationFn: ({ id, direction }: { id: QuestionId; direction: Direction }) => call(commands.moveQuestion(id, direction)),
    onSuccess,
  });
}
