// The exchange with the paired install. Paths come from the system's
// dialogs; a file that arrives may change any screen, so everything is read
// again after one is applied.
import { open, save } from "@tauri-apps/plugin-dialog";
import { useMutation, useQuery, useQueryClient, type QueryClient } from "@tanstack/react-query";
import { useEffect } from "react";

import { commands, type ClientId, type ConflictChoice, type ConflictId, type ShareStatus } from "../../bindings";
import { call } from "../../lib/ipc";
import { queryKeys } from "../../lib/queryKeys";

const EXTENSION = "regiax";

export function useShare(clientId: ClientId) {
  return useQuery({ queryKey: queryKeys.sharing.detail(clientId), queryFn: () => call(commands.getShare(clientId)) });
}

function useSetStatus(clientId: ClientId) {
  const queryClient = useQueryClient();
  return (status: ShareStatus | null) => queryClient.setQueryData(queryKeys.sharing.detail(clientId), status);
}

/** After a file was applied: every screen may show something new. */
function refreshAll(queryClient: QueryClient) {
  void queryClient.invalidateQueries();
}

interface FileDialog {
  title: string;
  filterName: string;
  defaultName?: string;
}

async function savePath({ title, filterName, defaultName }: FileDialog): Promise<string | null> {
  const path = await save({ title, defaultPath: defaultName ? `${defaultName}.${EXTENSION}` : undefined, filters: [{ name: filterName, extensions: [EXTENSION] }] });
  return typeof path === "string" ? path : null;
}

async function openPath({ title, filterName }: FileDialog): Promise<string | null> {
  const path = await open({ title, multiple: false, directory: false, filters: [{ name: filterName, extensions: [EXTENSION] }] });
  return typeof path === "string" ? path : null;
}

/** Shares the client (once) and saves its invitation; `null` when the dialog is cancelled. */
export function useSaveInvitation(clientId: ClientId) {
  const setStatus = useSetStatus(clientId);
  return useMutation({
    mutationFn: async (dialog: FileDialog) => {
      const path = await savePath(dialog);
      return path === null ? null : call(commands.saveInvitation(clientId, path));
    },
    onSuccess: (status) => status && setStatus(status),
  });
}

/** Opens an invitation and shows what it holds; nothing is written. */
export function usePreviewInvitation() {
  return useMutation({
    mutationFn: async (dialog: FileDialog) => {
      const path = await openPath(dialog);
      return path === null ? null : { path, preview: await call(commands.previewInvitation(path)) };
    },
  });
}

export function useAcceptInvitation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (path: string) => call(commands.acceptInvitation(path)),
    onSuccess: () => refreshAll(queryClient),
  });
}

export function useChooseFolder(clientId: ClientId) {
  const setStatus = useSetStatus(clientId);
  return useMutation({
    mutationFn: async ({ title, current }: { title: string; current: string | null }) => {
      const folder = await open({ title, multiple: false, directory: true, defaultPath: current ?? undefined });
      return typeof folder === "string" ? call(commands.setShareFolder(clientId, folder)) : null;
    },
    onSuccess: (status) => status && setStatus(status),
  });
}

export function useSync(clientId: ClientId) {
  const queryClient = useQueryClient();
  const setStatus = useSetStatus(clientId);
  return useMutation({
    mutationFn: () => call(commands.syncShare(clientId)),
    onSuccess: (report) => {
      if (report.received.length > 0) refreshAll(queryClient);
      setStatus(report.status);
    },
  });
}

export function useSaveChanges(clientId: ClientId) {
  const setStatus = useSetStatus(clientId);
  return useMutation({
    mutationFn: async (dialog: FileDialog) => {
      const path = await savePath(dialog);
      return path === null ? null : call(commands.saveChangesFile(clientId, path));
    },
    onSuccess: (status) => status && setStatus(status),
  });
}

export function useSaveFileAgain(clientId: ClientId) {
  return useMutation({
    mutationFn: async ({ sequence, dialog }: { sequence: number; dialog: FileDialog }) => {
      const path = await savePath(dialog);
      if (path === null) return null;
      await call(commands.saveChangesFileAgain(clientId, sequence, path));
      return path;
    },
  });
}

export function useOpenChanges() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (dialog: FileDialog) => {
      const path = await openPath(dialog);
      return path === null ? null : call(commands.openChangesFile(path));
    },
    onSuccess: (received) => received && refreshAll(queryClient),
  });
}

export function useResolveConflict(clientId: ClientId) {
  const queryClient = useQueryClient();
  const setStatus = useSetStatus(clientId);
  return useMutation({
    mutationFn: ({ id, choice }: { id: ConflictId; choice: ConflictChoice }) => call(commands.resolveConflict(id, choice)),
    onSuccess: (status) => {
      refreshAll(queryClient);
      setStatus(status);
    },
  });
}

export function useStopSharing(clientId: ClientId) {
  const setStatus = useSetStatus(clientId);
  return useMutation({
    mutationFn: () => call(commands.stopSharing(clientId)),
    onSuccess: () => setStatus(null),
  });
}

/** How often shared folders are looked at while the app is open. */
export const SYNC_EVERY_MS = 60_000;

/** Passes over every shared folder now and then; what arrives refreshes the screens. */
export function useBackgroundSync() {
  const queryClient = useQueryClient();
  useEffect(() => {
    const tick = async () => {
      try {
        const reports = await call(commands.syncAllShares());
        // Only what arrived changes the screens; a file sent changes the sharing status alone
        // (refreshing everything then would disturb a person typing).
        if (reports.some((r) => r.received.length > 0)) refreshAll(queryClient);
        for (const report of reports) queryClient.setQueryData(queryKeys.sharing.detail(report.clientId), report.status);
      } catch {
        // A folder that is offline now is tried again next time; the
        // sharing screen shows errors when the person syncs by hand.
      }
    };
    const timer = window.setInterval(() => void tick(), SYNC_EVERY_MS);
    return () => window.clearInterval(timer);
  }, [queryClient]);
}
