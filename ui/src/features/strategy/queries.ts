// The strategy of one client: one cached `Strategy` per client. Every edit
// command returns the whole strategy, which replaces the cached one, so the
// screen never shows a half-applied change.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";

import { commands, type ClientId, type IpcError, type Strategy, type VersionId, type VersionRef } from "../../bindings";
import { call, type Result } from "../../lib/ipc";
import { queryKeys } from "../../lib/queryKeys";

export function useStrategy(clientId: ClientId) {
  return useQuery({ queryKey: queryKeys.strategy.detail(clientId), queryFn: () => call(commands.getStrategy(clientId)) });
}

/**
 * A mutation whose command returns the strategy. `run` gets the variables
 * and calls one generated command; the result replaces the cached strategy.
 * Approvals also write decisions, so the decision log is refreshed too.
 */
export function useStrategyEdit<V>(clientId: ClientId, run: (variables: V) => Promise<Result<Strategy, IpcError>>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (variables: V) => call(run(variables)),
    onSuccess: (strategy) => {
      queryClient.setQueryData(queryKeys.strategy.detail(clientId), strategy);
      void queryClient.invalidateQueries({ queryKey: queryKeys.decisions.all(clientId) });
    },
  });
}

export function useStrategyVersion(id: VersionId | null) {
  return useQuery({
    queryKey: queryKeys.strategy.version(id ?? ("" as VersionId)),
    queryFn: () => call(commands.getStrategyVersion(id!)),
    enabled: id !== null,
  });
}

export function useStrategyDiff(clientId: ClientId, from: VersionRef | null, to: VersionRef | null) {
  return useQuery({
    queryKey: queryKeys.strategy.diff(clientId, from ?? { kind: "draft" }, to ?? { kind: "draft" }),
    queryFn: () => call(commands.diffStrategy(clientId, from!, to!)),
    enabled: from !== null && to !== null,
  });
}
