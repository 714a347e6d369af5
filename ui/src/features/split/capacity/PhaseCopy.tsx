// Starting a phase from the one before: the core copies only the rows the
// target phase lacks. Each copy asks for a confirmation in the page itself
// (a native dialog cannot be answered by the end-to-end driver).
import { useState } from "react";
import { useTranslation } from "react-i18next";

import { commands, type Client, type Phase, type Split } from "../../../bindings";
import { FormError } from "../../../components/fields";
import { formError } from "../../../lib/ipc";
import { phaseWord } from "../matrix/labels";
import { useSplitEdit } from "../queries";

interface Copy {
  from: Phase;
  to: Phase;
}

const COPIES: readonly (Copy & { label: "growth" | "autonomy" })[] = [
  { from: "startup", to: "growth", label: "growth" },
  { from: "growth", to: "autonomy", label: "autonomy" },
];

const rowsIn = (split: Split, phase: Phase) => split.cells.filter((c) => c.phase === phase).length;

export function PhaseCopy({ client, split }: { client: Client; split: Split }) {
  const { t } = useTranslation();
  const [asking, setAsking] = useState<Phase | null>(null);
  const [done, setDone] = useState<{ phase: Phase; count: number } | null>(null);
  const copy = useSplitEdit(client.id, ({ from, to }: Copy) => commands.copySplitPhase(client.id, from, to));
  const word = (phase: Phase) => phaseWord(t, phase);

  const ask = (to: Phase) => {
    copy.reset();
    setDone(null);
    setAsking(to);
  };

  const confirm = ({ from, to }: Copy) => {
    const before = rowsIn(split, to);
    copy.mutate(
      { from, to },
      {
        onSuccess: (next) => {
          setAsking(null);
          setDone({ phase: to, count: rowsIn(next, to) - before });
        },
      },
    );
  };

  return (
    <section className="phase-copy" aria-labelledby="phase-copy-title">
      <h2 id="phase-copy-title">{t("splitCapacity.phases.copy.title")}</h2>
      <p className="hint">{t("splitCapacity.phases.copy.hint")}</p>
      <div className="phase-copy-actions">
        {COPIES.map((c) => (
          <div key={c.to} className="phase-copy-action">
            <button type="button" aria-expanded={asking === c.to} onClick={() => (asking === c.to ? setAsking(null) : ask(c.to))}>
              {t(`splitCapacity.phases.copy.${c.label}`)}
            </button>
            {asking === c.to && (
              <div className="phase-copy-confirm" role="group" aria-label={t(`splitCapacity.phases.copy.${c.label}`)}>
                <p>{t("splitCapacity.phases.copy.ask", { from: word(c.from), to: word(c.to) })}</p>
                <div className="actions">
                  <button type="button" className="primary" disabled={copy.isPending} onClick={() => confirm(c)} autoFocus>
                    {t("splitCapacity.phases.copy.confirm")}
                  </button>
                  <button type="button" onClick={() => setAsking(null)}>
                    {t("common.cancel")}
                  </button>
                </div>
                <FormError error={formError(copy.error, [])} />
              </div>
            )}
          </div>
        ))}
      </div>
      <p className="saved" aria-live="polite">
        {done ? t("splitCapacity.phases.copy.done", { count: done.count, phase: word(done.phase) }) : ""}
      </p>
    </section>
  );
}
