import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";

import { commands, type ClientId, type PersonId, type PersonInput } from "../../bindings";
import { call } from "../../lib/ipc";
import { queryKeys } from "../../lib/queryKeys";

export function usePeople(clientId: ClientId) {
  return useQuery({ queryKey: queryKeys.people.list(clientId), queryFn: () => call(commands.listPeople(clientId)) });
}

function useInvalidate(clientId: ClientId) {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: queryKeys.people.list(clientId) });
}

export function useCreatePerson(clientId: ClientId) {
  const onSuccess = useInvalidate(clientId);
  return useMutation({ mutationFn: (input: PersonInput) => call(commands.createPerson(clientId, input)), onSuccess });
}

export function useUpdatePerson(clientId: ClientId) {
  const onSuccess = useInvalidate(clientId);
  return useMutation({
    mutationFn: ({ id, input }: { id: PersonId; input: PersonInput }) => call(commands.updatePerson(id, input)),
    onSuccess,
  });
}

export function useDeletePerson(clientId: ClientId) {
  const onSuccess = useInvalidate(clientId);
  return useMutation({ mutationFn: (id: PersonId) => call(commands.deletePerson(id)), onSuccess });
}
