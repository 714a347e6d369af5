// The agency's calendar of every client that is not archived: the same views
// with one colour per client (by its place in the clients list) and a legend.
// An item opens in the editor of its own client.
import { useCallback, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";

import type { CalendarEntry, ClientId, ItemId } from "../../bindings";
import { useLanguage } from "../../lib/i18n";
import { channelKeys, channelLabel } from "../../lib/i18n/channels";
import { useClient, useClients } from "../clients/queries";
import { LazyItemEditor } from "./editor/LazyItemEditor";
import { useCalendarRead } from "./queries";
import { CalendarBody } from "./views/CalendarBody";
import type { ClientMark } from "./views/context";
import type { FilterOptions } from "./views/FilterBar";
import { CLIENT_PALETTE, NO_FILTERS, toQuery, type Filters } from "./views/model";
import { usePeriod } from "./views/usePeriod";
import "./calendar.css";

export function OverviewScreen() {
  const { t } = useTranslation();
  const language = useLanguage();
  const period = usePeriod();
  const [filters, setFilters] = useState<Filters>(NO_FILTERS);
  const [editing, setEditing] = useState<{ clientId: ClientId; itemId: ItemId } | null>(null);
  const clients = useClients({ search: "", includeArchived: false }).data;
  const read = useCalendarRead(toQuery(null, period, filters), period.view);

  const marks = useMemo(
    () => new Map<ClientId, ClientMark>((clients ?? []).map((c, i) => [c.id, { name: c.name, color: CLIENT_PALETTE[i % CLIENT_PALETTE.length]! }])),
    [clients],
  );
  const clientMark = useCallback((id: ClientId) => marks.get(id), [marks]);
  const options = useMemo<FilterOptions>(
    () => ({ channels: channelKeys.map((key) => ({ key, name: channelLabel(key, language) })), pillars: null, objectives: null }),
    [language],
  );
  const channelName = useCallback((channel: string) => channelLabel(channel, language), [language]);
  const openItem = useCallback((entry: CalendarEntry) => setEditing({ clientId: entry.clientId, itemId: entry.id }), []);

  return (
    <div className="screen calendar-screen">
      <header className="screen-header">
        <h1>{t("calendar.overviewTitle")}</h1>
      </header>
      {marks.size > 0 && (
        <ul className="calendar-legend" aria-label={t("calendar.legend")}>
          {[...marks].map(([id, mark]) => (
            <li key={id}>
              <span className="swatch" style={{ background: mark.color }} aria-hidden="true" />
              {mark.name}
            </li>
          ))}
        </ul>
      )}
      <CalendarBody
        period={period}
        read={read}
        filters={filters}
        onFilters={setFilters}
        options={options}
        openItem={openItem}
        newItem={null}
        clientMark={clientMark}
        channelName={channelName}
      />
      {editing && <OverviewEditor key={editing.itemId} {...editing} onClose={() => setEditing(null)} />}
    </div>
  );
}

/** The editor needs the whole client record, which the list does not carry. */
function OverviewEditor({ clientId, itemId, onClose }: { clientId: ClientId; itemId: ItemId; onClose: () => void }) {
  const client = useClient(clientId).data;
  if (!client) return null;
  return <LazyItemEditor client={client} agency itemId={itemId} onClose={onClose} />;
}
