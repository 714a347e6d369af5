// A row of tabs as WAI-ARIA describes it: one tab in the Tab order (the
// selected one), Left/Right arrows move between them and select. The panel
// is the screen's own, with the id `${id}-panel-${view}` and labelled by
// `${id}-tab-${view}`.
import type { KeyboardEvent } from "react";

export function Tabs<V extends string>({
  id,
  label,
  views,
  current,
  onChange,
  name,
}: {
  /** Prefix of the tabs' and panels' ids. */
  id: string;
  label: string;
  views: readonly V[];
  current: V;
  onChange: (view: V) => void;
  name: (view: V) => string;
}) {
  const onKey = (event: KeyboardEvent, index: number) => {
    const step = event.key === "ArrowRight" ? 1 : event.key === "ArrowLeft" ? -1 : 0;
    if (!step) return;
    event.preventDefault();
    const next = views[(index + step + views.length) % views.length]!;
    onChange(next);
    document.getElementById(`${id}-tab-${next}`)?.focus();
  };
  return (
    <div className="tabs" role="tablist" aria-label={label}>
      {views.map((v, index) => (
        <button
          key={v}
          id={`${id}-tab-${v}`}
          type="button"
          role="tab"
          aria-selected={current === v}
          aria-controls={`${id}-panel-${v}`}
          tabIndex={current === v ? 0 : -1}
          onClick={() => onChange(v)}
          onKeyDown={(e) => onKey(e, index)}
        >
          {name(v)}
        </button>
      ))}
    </div>
  );
}
