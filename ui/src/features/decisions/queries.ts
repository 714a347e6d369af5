import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";

import {
  commands,
  type ApprovalInput,
  type ClientId,
  type DecisionId,
  type DecisionInput,
  type DecisionQuery,
  type Outcome,
} from "../../bindings";
import { call } from "../../lib/ipc";
import { queryKeys } from "../../lib/queryKeys";

export function useDecisions(clientId: ClientId, query: DecisionQuery) {
  return useQuery({
    queryKey: queryKeys.decisions.list(clientId, query),
    queryFn: () => call(commands.listDecisions(clientId, query)),
    placeholderData: (previous) => previous,
  });
}

function useInvalidate(clientId: ClientId) {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: queryKeys.decisions.all(clientId) });
}

export function useCreateDecision(clientId: ClientId) {
  const onSuccess = useInvalidate(clientId);
  return useMutation({ mutationFn: (input: DecisionInput) => call(commands.createDecision(clientId, input)), onSuccess });
}

export function useUpdateDecision(clientId: ClientId) {
  const onSuccess = useInvalidate(clientId);
  return useMutation({
    mutationFn: ({ id, input }: { id: DecisionId; input: DecisionInput }) => call(commands.updateDecision(id, input)),
    onSuccess,
  });
}

export function useDeleteDecision(clientId: ClientId) {
  const onSuccess = useInvalidate(clientId);
  return useMutation({ mutationFn: (id: DecisionId) => call(commands.deleteDecision(id)), onSuccess });
}

export function useDecideDecision(clientId: ClientId) {
  const onSuccess = useInvalidate(clientId);
  return useMutation({
    mutationFn: ({ id, outcome, approval }: { id: DecisionId; outcome: Outcome; approval: ApprovalInput }) =>
      call(commands.decideDecision(id, outcome, approval)),
    onSuccess,
  });
}
