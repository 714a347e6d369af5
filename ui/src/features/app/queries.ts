import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";

import { commands, type Language, type SetupInput } from "../../bindings";
import { call } from "../../lib/ipc";
import { queryKeys } from "../../lib/queryKeys";

export function useAppStatus() {
  return useQuery({ queryKey: queryKeys.app.status, queryFn: () => call(commands.appStatus()) });
}

export function useSetupProfile() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: SetupInput) => call(commands.setupProfile(input)),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.app.status }),
  });
}

export function useRenameProfile() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (name: string) => call(commands.renameProfile(name)),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.app.status }),
  });
}

export function useSetLanguage() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (language: Language) => call(commands.setLanguage(language)),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.app.status }),
  });
}

export function useTimezones() {
  return useQuery({ queryKey: queryKeys.app.timezones, queryFn: () => commands.listTimezones() });
}
