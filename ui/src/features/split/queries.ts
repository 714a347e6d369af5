// The split of one client: one cached `Split` per client. Every edit command
// returns the whole split (advice, capacity and cost recomputed), which
// replaces the cached one, so the screen never shows a stale figure.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";

import { commands, type ClientId, type IpcError, type Split } from "../../bindings";
import { call, type Result } from "../../lib/ipc";
import { queryKeys } from "../../lib/queryKeys";

export function useSplit(clientId: ClientId) {
  return useQuery({ queryKey: queryKeys.split.detail(clientId), queryFn: () => call(commands.getSplit(clientId)) });
}

/**
 * A mutation whose command returns the split. Choosing a side writes a
 * decision and completing a transfer raises a person's skill, so the
 * decision log and the people are refreshed too.
 */
export function useSplitEdit<V>(clientId: ClientId, run: (variables: V) => Promise<Result<Split, IpcError>>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (variables: V) => call(run(variables)),
    onSuccess: (split) => {
      queryClient.setQueryData(queryKeys.split.detail(clientId), split);
      void queryClient.invalidateQueries({ queryKey: queryKeys.decisions.all(clientId) });
      void queryClient.invalidateQueries({ queryKey: queryKeys.people.list(clientId) });
    },
  });
}
