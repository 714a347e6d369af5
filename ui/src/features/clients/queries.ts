import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";

import { commands, type ClientId, type ClientInput, type ClientQuery, type ClientSummary } from "../../bindings";
import { takeEarly } from "../../lib/earlyReads";
import { call } from "../../lib/ipc";
import { queryKeys } from "../../lib/queryKeys";

/** What the clients screen lists when it opens: every client not archived. */
export const FIRST_CLIENTS_QUERY: ClientQuery = { search: "", includeArchived: false };

export const clientsQuery = (query: ClientQuery) => ({
  queryKey: queryKeys.clients.list(query),
  queryFn: () => call(takeEarly<ClientSummary[]>("list_clients", { query }) ?? commands.listClients(query)),
});

export function useClients(query: ClientQuery) {
  return useQuery({ ...clientsQuery(query), placeholderData: (previous) => previous });
}

export function useClient(id: ClientId) {
  return useQuery({ queryKey: queryKeys.clients.detail(id), queryFn: () => call(commands.getClient(id)) });
}

function useInvalidateClients() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: queryKeys.clients.all });
}

export function useCreateClient() {
  const invalidate = useInvalidateClients();
  return useMutation({ mutationFn: (input: ClientInput) => call(commands.createClient(input)), onSuccess: invalidate });
}

export function useUpdateClient(id: ClientId) {
  const invalidate = useInvalidateClients();
  return useMutation({ mutationFn: (input: ClientInput) => call(commands.updateClient(id, input)), onSuccess: invalidate });
}

export function useArchiveClient() {
  const invalidate = useInvalidateClients();
  return useMutation({ mutationFn: (id: ClientId) => call(commands.archiveClient(id)), onSuccess: invalidate });
}

export function useRestoreClient() {
  const invalidate = useInvalidateClients();
  return useMutation({ mutationFn: (id: ClientId) => call(commands.restoreClient(id)), onSuccess: invalidate });
}
