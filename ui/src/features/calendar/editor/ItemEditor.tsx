// The editor of one content item, in a modal dialog: a new content (from a
// day of the calendar, a draft) or an existing one with its workflow, its
// variants on other channels, its comments, duplicate and delete (with undo).
// The editor can move to another item of the group (a variant, a copy)
// without closing; a new `itemId` from the parent starts over from it.
import { useState } from "react";
import { useTranslation } from "react-i18next";

import type { CalendarItem, Client, ItemId } from "../../../bindings";
import { FormError } from "../../../components/fields";
import { formError } from "../../../lib/ipc";
import { useDeleteItem, useDuplicateItem, useItem, useRestoreItem } from "../queries";
import { Comments } from "./Comments";
import { Dialog } from "../../../components/Dialog";
import { ItemForm } from "./ItemForm";
import { StatusActions } from "./StatusActions";
import { Variants } from "./Variants";
import "./editor.css";

export interface NewItemDraft {
  /** `YYYY-MM-DD`, or empty for an idea without a day. */
  date: string;
  time?: string;
  title?: string;
  occasion?: string | null;
}

interface View {
  /** The `itemId` this view started from: when the parent passes another, the view starts over. */
  base: ItemId | null;
  id: ItemId | null;
  notice: string | null;
  deleted: CalendarItem | null;
}

export function ItemEditor({
  client,
  agency,
  itemId,
  draft,
  onClose,
}: {
  client: Client;
  agency: boolean;
  itemId: ItemId | null;
  draft?: NewItemDraft;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const fresh: View = { base: itemId, id: itemId, notice: null, deleted: null };
  const [stored, setView] = useState<View>(fresh);
  const view = stored.base === itemId ? stored : fresh;
  const query = useItem(view.deleted ? null : view.id);
  // Status changes wait until the form's edits are saved, so none is lost.
  const [dirty, setDirty] = useState(false);
  const open = (id: ItemId, notice: string | null) => {
    setDirty(false);
    setView({ base: itemId, id, notice, deleted: null });
  };

  if (view.id === null) {
    return (
      <Dialog title={t("editor.newTitle")} onClose={onClose}>
        <ItemForm client={client} item={null} draft={draft} onCreated={onClose} onCancel={onClose} />
      </Dialog>
    );
  }

  if (view.deleted) {
    return (
      <Dialog title={t("editor.editTitle", { title: view.deleted.title })} onClose={onClose} focusKey="deleted">
        <DeletedNotice item={view.deleted} onRestored={(item) => open(item.id, t("editor.tools.restored"))} />
      </Dialog>
    );
  }

  const detail = query.data;
  if (!detail) {
    return (
      <Dialog title={t("editor.loading")} onClose={onClose}>
        {query.error ? <FormError error={formError(query.error, [])} /> : <p className="muted">{t("editor.loading")}</p>}
      </Dialog>
    );
  }

  const item = detail.item;
  return (
    <Dialog title={t("editor.editTitle", { title: item.title })} onClose={onClose} focusKey={item.id}>
      {view.notice && (
        <p className="editor-notice" role="status">
          {view.notice}
        </p>
      )}
      <div className="editor-layout">
        <div className="editor-main">
          <ItemForm key={item.id} client={client} item={item} onCreated={onClose} onCancel={onClose} onDirtyChange={setDirty} />
        </div>
        <div className="editor-side">
          <StatusActions key={item.id} client={client} item={item} agency={agency} blocked={dirty} />
          <Variants key={`variants-${item.id}`} client={client} item={item} variants={detail.variants} onOpen={open} />
          <Comments itemId={item.id} comments={detail.comments} />
          <ItemTools item={item} onOpen={open} onDeleted={(deleted) => setView({ ...view, deleted, notice: null })} />
        </div>
      </div>
    </Dialog>
  );
}

function ItemTools({
  item,
  onOpen,
  onDeleted,
}: {
  item: CalendarItem;
  onOpen: (id: ItemId, notice: string | null) => void;
  onDeleted: (item: CalendarItem) => void;
}) {
  const { t } = useTranslation();
  const duplicate = useDuplicateItem();
  const remove = useDeleteItem();
  return (
    <section className="item-tools" aria-label={t("editor.tools.label")}>
      <div className="actions">
        <button type="button" disabled={duplicate.isPending} onClick={() => duplicate.mutate(item.id, { onSuccess: (copy) => onOpen(copy.id, t("editor.tools.duplicated")) })}>
          {t("editor.tools.duplicate")}
        </button>
        <button type="button" className="danger" disabled={remove.isPending} onClick={() => remove.mutate(item.id, { onSuccess: () => onDeleted(item) })}>
          {t("editor.tools.delete")}
        </button>
      </div>
      <FormError error={formError(duplicate.error ?? remove.error, [])} />
    </section>
  );
}

/** The undo toast after a delete: the item can come back until the dialog closes. */
function DeletedNotice({ item, onRestored }: { item: CalendarItem; onRestored: (item: CalendarItem) => void }) {
  const { t } = useTranslation();
  const restore = useRestoreItem();
  return (
    <div className="toast" role="status">
      <span>{t("editor.tools.deleted")}</span>
      <button type="button" disabled={restore.isPending} onClick={() => restore.mutate(item.id, { onSuccess: onRestored })}>
        {t("editor.tools.undo")}
      </button>
      <FormError error={formError(restore.error, [])} />
    </div>
  );
}
