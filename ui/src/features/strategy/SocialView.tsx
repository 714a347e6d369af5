// The social strategy: objectives tree, content pillars, channel plan.
import type { Client, Strategy } from "../../bindings";
import { ChannelsSection } from "./social/ChannelsSection";
import { ObjectivesSection } from "./social/ObjectivesSection";
import { PillarsSection } from "./social/PillarsSection";

export function SocialView({ client, strategy }: { client: Client; strategy: Strategy }) {
  return (
    <div className="stack">
      <ObjectivesSection client={client} strategy={strategy} />
      <ChannelsSection client={client} strategy={strategy} />
      <PillarsSection client={client} strategy={strategy} />
    </div>
  );
}
