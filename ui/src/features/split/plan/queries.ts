// The plan's edits (transfers, activities) go through the split's own
// mutation, which swaps in the recomputed split; the CSV export asks the
// system dialog where to write first.
import { save } from "@tauri-apps/plugin-dialog";
import { useMutation } from "@tanstack/react-query";

import { commands, type ActivityId, type ActivityInput, type ClientId, type TransferId, type TransferInput } from "../../../bindings";
import { call } from "../../../lib/ipc";
import { useSplitEdit } from "../queries";

export function useSaveTransfer(clientId: ClientId) {
  return useSplitEdit(clientId, (input: TransferInput) => commands.saveSkillTransfer(clientId, input));
}

export function useCompleteTransfer(clientId: ClientId) {
  return useSplitEdit(clientId, (id: TransferId) => commands.completeSkillTransfer(clientId, id));
}

export function useDeleteTransfer(clientId: ClientId) {
  return useSplitEdit(clientId, (id: TransferId) => commands.deleteSkillTransfer(clientId, id));
}

export function useSaveActivity(clientId: ClientId) {
  return useSplitEdit(clientId, (input: ActivityInput) => commands.saveSplitActivity(clientId, input));
}

export function useDeleteActivity(clientId: ClientId) {
  return useSplitEdit(clientId, (id: ActivityId) => commands.deleteSplitActivity(clientId, id));
}

/** Asks where to save, then writes the RACI table; `null` when the user cancels the dialog. */
export function useExportSplit(clientId: ClientId) {
  return useMutation({
    mutationFn: async ({ suggestedName, filterName, title }: { suggestedName: string; filterName: string; title: string }) => {
      const path = await save({ title, defaultPath: suggestedName, filters: [{ name: filterName, extensions: ["csv"] }] });
      if (!path) return null;
      const count = await call(commands.exportSplitCsv(clientId, path));
      return { path, count };
    },
  });
}
