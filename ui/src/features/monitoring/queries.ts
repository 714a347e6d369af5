// Monitoring of one client: one cached `Monitoring` per client. Every edit
// command returns the whole view (KPIs, charts and flags recomputed), which
// replaces the cached one.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";

import { commands, type ClientId, type IpcError, type Monitoring } from "../../bindings";
import { call, type Result } from "../../lib/ipc";
import { queryKeys } from "../../lib/queryKeys";

export function useMonitoring(clientId: ClientId) {
  return useQuery({ queryKey: queryKeys.monitoring.detail(clientId), queryFn: () => call(commands.getMonitoring(clientId)) });
}

/** A mutation whose command returns the monitoring view. */
export function useMonitoringEdit<V>(clientId: ClientId, run: (variables: V) => Promise<Result<Monitoring, IpcError>>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (variables: V) => call(run(variables)),
    onSuccess: (monitoring) => {
      queryClient.setQueryData(queryKeys.monitoring.detail(clientId), monitoring);
      void queryClient.invalidateQueries({ queryKey: queryKeys.reviews.list(clientId) });
    },
  });
}
