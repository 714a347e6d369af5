// The channels a content can go on: the client's channel plan first (its own
// custom channels included, by name), then the rest of the catalog. Closed
// plan channels are left out of the plan's group but stay in the catalog.
import { CHANNELS, type ClientId, type PlanChannel } from "../../../bindings";
import { channelLabel } from "../../../lib/i18n/channels";
import { useLanguage } from "../../../lib/i18n";
import { useStrategy } from "../../strategy/queries";

export interface ChannelOption {
  key: string;
  label: string;
  inPlan: boolean;
}

function nameOf(key: string, plan: readonly PlanChannel[], language: "it" | "en"): string {
  const custom = plan.find((c) => c.channel === key && c.name);
  return custom ? custom.name : channelLabel(key, language);
}

export function useChannelOptions(clientId: ClientId): { options: ChannelOption[]; label: (key: string) => string } {
  const language = useLanguage();
  const plan = useStrategy(clientId).data?.document.channels ?? [];
  const planned = plan
    .filter((c) => c.status !== "closed")
    .map((c) => ({ key: c.channel, label: nameOf(c.channel, plan, language), inPlan: true }));
  const rest = CHANNELS.filter((key) => !planned.some((p) => p.key === key)).map((key) => ({
    key,
    label: channelLabel(key, language),
    inPlan: false,
  }));
  return { options: [...planned, ...rest], label: (key) => nameOf(key, plan, language) };
}
