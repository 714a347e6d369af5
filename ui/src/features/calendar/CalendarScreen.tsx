// The editorial calendar of one client: month, week and list views with the
// client's occasions, filters from its strategy, and the tools (transfer,
// occasions, recurring slots, the week's cadence) folded away at the side.
import { Suspense, useCallback, useMemo, useState, type ReactNode } from "react";
import { useTranslation } from "react-i18next";

import type { CalendarEntry, Client, ItemId } from "../../bindings";
import { useLanguage } from "../../lib/i18n";
import { channelKeys, channelLabel } from "../../lib/i18n/channels";
import { lazyScreen } from "../../lib/lazyScreen";
import { useStrategy } from "../strategy/queries";
import type { NewItemDraft } from "./editor/ItemEditor";
import { LazyItemEditor } from "./editor/LazyItemEditor";
import { useCalendarRead, useOccasions } from "./queries";
import { CalendarBody } from "./views/CalendarBody";
import { weekStart } from "./views/dates";
import type { FilterOptions } from "./views/FilterBar";
import { NO_FILTERS, toQuery, type Filters } from "./views/model";
import { usePeriod } from "./views/usePeriod";
import "./calendar.css";

// The folded tools load on first use, like the screens and the editor: the
// month a person opens the calendar on does not wait for their code.
const CadencePanel = lazyScreen(() => import("./panels/CadencePanel").then((x) => x.CadencePanel));
const OccasionsPanel = lazyScreen(() => import("./panels/OccasionsPanel").then((x) => x.OccasionsPanel));
const SlotsPanel = lazyScreen(() => import("./panels/SlotsPanel").then((x) => x.SlotsPanel));
const TransferPanel = lazyScreen(() => import("./transfer/TransferPanel").then((x) => x.TransferPanel));

type Editing = { itemId: ItemId | null; draft?: NewItemDraft };

export function CalendarScreen({ client, agency }: { client: Client; agency: boolean }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const period = usePeriod();
  const [filters, setFilters] = useState<Filters>(NO_FILTERS);
  const [editing, setEditing] = useState<Editing | null>(null);
  const read = useCalendarRead(toQuery(client.id, period, filters), period.view);
  const occasions = useOccasions(client.id, period.from, period.to);
  const plan = useStrategy(client.id).data?.document;

  const options = useMemo<FilterOptions>(() => {
    const planned = plan?.channels ?? [];
    return {
      channels: planned.length
        ? planned.map((c) => ({ key: c.channel, name: c.name || channelLabel(c.channel, language) }))
        : channelKeys.map((key) => ({ key, name: channelLabel(key, language) })),
      pillars: plan ? plan.pillars.map((p) => ({ id: p.id, name: p.name })) : null,
      objectives: plan
        ? plan.objectives.flatMap((macro) => [
            { id: macro.id, title: macro.title, micro: false },
            ...macro.micros.map((micro) => ({ id: micro.id, title: micro.title, micro: true })),
          ])
        : null,
    };
  }, [plan, language]);

  const channelName = useCallback(
    (channel: string) => plan?.channels.find((c) => c.channel === channel && c.name)?.name ?? channelLabel(channel, language),
    [plan, language],
  );
  const openItem = useCallback((entry: CalendarEntry) => setEditing({ itemId: entry.id }), []);
  const newItem = useCallback((draft: NewItemDraft) => setEditing({ itemId: null, draft }), []);

  return (
    <div className="screen calendar-screen">
      <header className="screen-header">
        <h1>{t("calendar.title", { name: client.name })}</h1>
      </header>
      <div className="calendar-layout">
        <CalendarBody
          period={period}
          read={read}
          occasions={occasions.data}
          filters={filters}
          onFilters={setFilters}
          options={options}
          openItem={openItem}
          newItem={newItem}
          clientMark={null}
          channelName={channelName}
        />
        <aside className="calendar-tools" aria-label={t("calendar.panels.label")}>
          <ToolPanel summary={t("calendar.panels.cadence")}>
            <CadencePanel client={client} weekStart={weekStart(period.focusDay)} />
          </ToolPanel>
          <ToolPanel summary={t("calendar.panels.occasions")}>
            <OccasionsPanel client={client} />
          </ToolPanel>
          <ToolPanel summary={t("calendar.panels.slots")}>
            <SlotsPanel client={client} />
          </ToolPanel>
          <ToolPanel summary={t("calendar.panels.transfer")}>
            <TransferPanel client={client} />
          </ToolPanel>
        </aside>
      </div>
      {editing && (
        <LazyItemEditor
          key={editing.itemId ?? `new-${editing.draft?.date ?? ""}-${editing.draft?.occasion ?? ""}`}
          client={client}
          agency={agency}
          itemId={editing.itemId}
          draft={editing.draft}
          onClose={() => setEditing(null)}
        />
      )}
    </div>
  );
}

/**
 * A folded tool. Its content (and the reads it makes) comes the first time it
 * is opened, and then stays, so a half-filled form survives folding it away.
 */
function ToolPanel({ summary, children }: { summary: string; children: ReactNode }) {
  const [opened, setOpened] = useState(false);
  return (
    <details
      onToggle={(e) => {
        if (e.currentTarget.open) setOpened(true);
      }}
    >
      <summary>{summary}</summary>
      {opened && <Suspense fallback={null}>{children}</Suspense>}
    </details>
  );
}
