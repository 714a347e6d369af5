import { useMutation, useQuery, useQueryClient, type QueryClient } from "@tanstack/react-query";

import { commands, type AppStatus, type Language, type SetupInput } from "../../bindings";
import { dropEarly, takeEarly } from "../../lib/earlyReads";
import { i18n } from "../../lib/i18n";
import { call } from "../../lib/ipc";
import { queryKeys } from "../../lib/queryKeys";
import { clientsQuery, FIRST_CLIENTS_QUERY } from "../clients/queries";

const statusQuery = {
  queryKey: queryKeys.app.status,
  queryFn: () => call(takeEarly<AppStatus>("app_status", {}) ?? commands.appStatus()),
};

export function useAppStatus() {
  return useQuery(statusQuery);
}

/**
 * Starts the start-up reads before React's first render, one after the
 * other as soon as each can: the status, then the clients list an agency's
 * first screen shows. The screens' own queries find them in the cache (or
 * in flight); a failure is left to those queries to show. Settles (never
 * rejects) once both are in: `main.tsx` renders then, so the first frame
 * holds the whole first screen instead of its frame and then its list.
 * The catalog switches to the stored language as soon as the status is in:
 * the web view reports en-US whatever the system, and the first render
 * would otherwise be a blank splash, painted, then the screen once the
 * switch re-rendered it (about 12 ms later at launch).
 * Where `public/early.js` sent the same reads already, their answers are
 * taken instead (see `lib/earlyReads.ts`); those not taken are dropped.
 */
export function startReading(queryClient: QueryClient): Promise<void> {
  return queryClient
    .fetchQuery(statusQuery)
    .then((status) => {
      if (i18n.language !== status.language) void i18n.changeLanguage(status.language);
      return status;
    })
    .then((status) => (status.profile && !status.profile.ownClientId ? queryClient.prefetchQuery(clientsQuery(FIRST_CLIENTS_QUERY)) : undefined))
    .catch(() => undefined)
    .finally(dropEarly);
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
