// Files in and out of the calendar. The system dialog gives the path; the core
// reads or writes the file and reports progress on a channel.
import { Channel } from "@tauri-apps/api/core";
import { open, save } from "@tauri-apps/plugin-dialog";
import { useMutation, useQueryClient } from "@tanstack/react-query";

import { commands, type ClientId, type ExportFormat, type TransferProgress } from "../../../bindings";
import { call } from "../../../lib/ipc";
import { queryKeys } from "../../../lib/queryKeys";

type OnProgress = (progress: TransferProgress) => void;

function channel(onProgress: OnProgress): Channel<TransferProgress> {
  const c = new Channel<TransferProgress>();
  c.onmessage = onProgress;
  return c;
}

/** Asks where to save, then writes; `null` when the user cancels the dialog. */
export function useExport(clientId: ClientId, onProgress: OnProgress) {
  return useMutation({
    mutationFn: async ({ format, suggestedName, filterName, title }: { format: ExportFormat; suggestedName: string; filterName: string; title: string }) => {
      const extension = format.kind === "ics" ? "ics" : "csv";
      const path = await save({ title, defaultPath: suggestedName, filters: [{ name: filterName, extensions: [extension] }] });
      if (!path) return null;
      const count = await call(commands.exportCalendar(clientId, format, path, channel(onProgress)));
      return { path, count };
    },
  });
}

/** Asks which file, then reads it into a preview; nothing is written. */
export function usePreviewImport(clientId: ClientId) {
  return useMutation({
    mutationFn: async ({ filterName, title }: { filterName: string; title: string }) => {
      const path = await open({ title, multiple: false, directory: false, filters: [{ name: filterName, extensions: ["csv", "txt"] }] });
      if (typeof path !== "string") return null;
      return { path, preview: await call(commands.previewImport(clientId, path)) };
    },
  });
}

/** Writes the previewed file, all rows or none. */
export function useApplyImport(clientId: ClientId, onProgress: OnProgress) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (path: string) => call(commands.applyImport(clientId, path, channel(onProgress))),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.calendar.all }),
  });
}
