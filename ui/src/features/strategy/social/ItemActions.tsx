// Move up, move down, edit and remove (with a confirm step) for one item of
// the strategy. Every button names the item, so a screen reader (and a test)
// knows which one it acts on.
import { useState } from "react";
import { useTranslation } from "react-i18next";

import { commands, type ClientId, type Direction, type ItemRef } from "../../../bindings";
import { useStrategyEdit } from "../queries";

export function ItemActions({
  clientId,
  item,
  name,
  onEdit,
  first,
  last,
}: {
  clientId: ClientId;
  item: ItemRef;
  name: string;
  onEdit?: () => void;
  first: boolean;
  last: boolean;
}) {
  const { t } = useTranslation();
  const [confirming, setConfirming] = useState(false);
  const move = useStrategyEdit(clientId, (direction: Direction) => commands.moveStrategyItem(item, direction));
  const remove = useStrategyEdit(clientId, () => commands.removeStrategyItem(item));
  return (
    <div className="item-actions">
      {onEdit && (
        <button type="button" className="subtle" onClick={onEdit} aria-label={t("strategy.objectives.editNamed", { title: name })}>
          {t("common.edit")}
        </button>
      )}
      <button type="button" className="subtle" disabled={first || move.isPending} onClick={() => move.mutate("up")} aria-label={t("strategy.objectives.moveUp", { title: name })}>
        ↑
      </button>
      <button type="button" className="subtle" disabled={last || move.isPending} onClick={() => move.mutate("down")} aria-label={t("strategy.objectives.moveDown", { title: name })}>
        ↓
      </button>
      {confirming ? (
        <>
          <button type="button" className="danger" onClick={() => remove.mutate(undefined)}>
            {t("strategy.objectives.confirmRemove", { title: name })}
          </button>
          <button type="button" onClick={() => setConfirming(false)}>
            {t("common.cancel")}
          </button>
        </>
      ) : (
        <button type="button" className="subtle" onClick={() => setConfirming(true)} aria-label={t("strategy.objectives.removeNamed", { title: name })}>
          {t("common.delete")}
        </button>
      )}
    </div>
  );
}
