// Ctrl+K: type a few letters of a client, Enter to jump there.
import { Command } from "cmdk";
import { useState } from "react";
import { useTranslation } from "react-i18next";

import { useNavigation } from "../app/navigation";
import { useClients } from "./queries";

export function QuickSwitcher({ open, onOpenChange }: { open: boolean; onOpenChange: (open: boolean) => void }) {
  const { t } = useTranslation();
  const { navigate } = useNavigation();
  const [search, setSearch] = useState("");
  const clients = useClients({ search: "", includeArchived: false });

  return (
    <Command.Dialog
      open={open}
      onOpenChange={(next) => {
        onOpenChange(next);
        if (!next) setSearch("");
      }}
      label={t("switcher.title")}
      className="switcher"
      overlayClassName="switcher-overlay"
      contentClassName="switcher-content"
    >
      <Command.Input value={search} onValueChange={setSearch} placeholder={t("switcher.placeholder")} aria-label={t("switcher.placeholder")} />
      <Command.List aria-label={t("switcher.results")}>
        <Command.Empty>{t("clients.noMatch")}</Command.Empty>
        {clients.data?.map((client) => (
          <Command.Item
            key={client.id}
            value={`${client.name} ${client.sector} ${client.place} ${client.id}`}
            onSelect={() => {
              navigate({ screen: "client", clientId: client.id, tab: "overview" });
              onOpenChange(false);
              setSearch("");
            }}
          >
            <span>{client.name}</span>
            <small>{[client.sector, client.place].filter(Boolean).join(" · ")}</small>
          </Command.Item>
        ))}
      </Command.List>
    </Command.Dialog>
  );
}
