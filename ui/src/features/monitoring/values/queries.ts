// Importing values from a CSV file. The system dialog gives the path; the
// core reads the file for every preview (nothing is written) and once more
// to apply it, all values or none.
import { open } from "@tauri-apps/plugin-dialog";
import { useMutation, useQueryClient } from "@tanstack/react-query";

import { commands, type ClientId, type ImportMapping } from "../../../bindings";
import { call } from "../../../lib/ipc";
import { queryKeys } from "../../../lib/queryKeys";

/** Asks which file, then previews it with Regia's guess of the columns; `null` when the dialog is cancelled. */
export function useOpenValuesFile(clientId: ClientId) {
  return useMutation({
    mutationFn: async ({ title, filterName }: { title: string; filterName: string }) => {
      const path = await open({ title, multiple: false, directory: false, filters: [{ name: filterName, extensions: ["csv", "txt"] }] });
      if (typeof path !== "string") return null;
      return { path, preview: await call(commands.previewMeasurementsImport(clientId, path, null)) };
    },
  });
}

/** What the file would import with `mapping`. */
export function usePreviewValues(clientId: ClientId) {
  return useMutation({
    mutationFn: ({ path, mapping }: { path: string; mapping: ImportMapping }) => call(commands.previewMeasurementsImport(clientId, path, mapping)),
  });
}

/** Writes the previewed values; the whole monitoring view is read again. */
export function useApplyValues(clientId: ClientId) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ path, mapping }: { path: string; mapping: ImportMapping }) => call(commands.applyMeasurementsImport(clientId, path, mapping)),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: queryKeys.monitoring.detail(clientId) });
      void queryClient.invalidateQueries({ queryKey: queryKeys.reviews.list(clientId) });
    },
  });
}
