// The split of one phase as a matrix: active activities down, the plan's
// channels across. Each cell is one button named "activity on channel:
// side" (or "to decide"), showing the side in colour and words, the hours,
// who answers for it and whether it departs from Regia's advice. Arrow keys
// move between cells (one tab stop); a cell opens its row editor.
import { useId, useRef, useState, type KeyboardEvent } from "react";
import { useTranslation } from "react-i18next";

import type { ActivityId, Cell, Client, Person, Phase, PlanChannelId, Recommendation, Split, SplitSide } from "../../../bindings";
import { formatNumber } from "../../../lib/format";
import { useLanguage } from "../../../lib/i18n";
import { CellEditor } from "./CellEditor";
import { activityLabel, channelName, phaseWord, sideLabel } from "./labels";
import { ROLES } from "./RaciFields";
import "./matrix.css";

const SIDES: readonly SplitSide[] = ["agency", "business", "shared"];

const rowKey = (activityId: ActivityId, channelId: PlanChannelId) => `${activityId}|${channelId}`;

interface Position {
  row: number;
  col: number;
}

export function MatrixView({ client, split, phase, agency }: { client: Client; split: Split; phase: Phase; agency: boolean }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const baseId = useId();
  const [editing, setEditing] = useState<{ activityId: ActivityId; channelId: PlanChannelId } | null>(null);
  const [focus, setFocus] = useState<Position>({ row: 0, col: 0 });
  const buttons = useRef(new Map<string, HTMLButtonElement>());

  const activities = split.activities.filter((a) => a.status === "active");
  const channels = split.channels;
  if (channels.length === 0) return <p className="empty">{t("split.noChannels")}</p>;
  if (activities.length === 0) return <p className="empty">{t("split.matrix.noActivities")}</p>;

  const cells = new Map(split.cells.filter((c) => c.phase === phase).map((c) => [rowKey(c.activityId, c.channelId), c]));
  const advice = new Map(
    split.advice.filter((a) => a.phase === phase).map((a) => [rowKey(a.activityId, a.channelId), a.recommendation]),
  );
  // The tab stop stays inside the matrix when rows or columns go away.
  const active = { row: Math.min(focus.row, activities.length - 1), col: Math.min(focus.col, channels.length - 1) };

  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>, at: Position) => {
    const last = { row: activities.length - 1, col: channels.length - 1 };
    const moves: Partial<Record<string, Position>> = {
      ArrowRight: { ...at, col: Math.min(at.col + 1, last.col) },
      ArrowLeft: { ...at, col: Math.max(at.col - 1, 0) },
      ArrowDown: { ...at, row: Math.min(at.row + 1, last.row) },
      ArrowUp: { ...at, row: Math.max(at.row - 1, 0) },
      Home: event.ctrlKey ? { row: 0, col: 0 } : { ...at, col: 0 },
      End: event.ctrlKey ? last : { ...at, col: last.col },
    };
    const next = moves[event.key];
    if (!next) return;
    event.preventDefault();
    setFocus(next);
    buttons.current.get(`${next.row}:${next.col}`)?.focus();
  };

  const editingActivity = editing && activities.find((a) => a.id === editing.activityId);
  const editingChannel = editing && channels.find((c) => c.id === editing.channelId);

  return (
    <div className="split-matrix">
      <p className="hint">{t("split.matrix.hint")}</p>
      <div className="matrix-scroll">
        <table className="matrix-table" aria-label={t("split.matrix.label", { phase: phaseWord(t, phase) })}>
          <thead>
            <tr>
              <th scope="col">{t("split.matrix.activity")}</th>
              {channels.map((channel) => (
                <th key={channel.id} scope="col">
                  {channelName(channel, language)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {activities.map((activity, row) => (
              <tr key={activity.id}>
                <th scope="row">{activityLabel(t, activity)}</th>
                {channels.map((channel, col) => {
                  const key = rowKey(activity.id, channel.id);
                  const cell = cells.get(key);
                  const name = t("split.matrix.cell", {
                    activity: activityLabel(t, activity),
                    channel: channelName(channel, language),
                    state: cell ? sideLabel(t, cell.side) : t("split.matrix.undecided"),
                  });
                  return (
                    <td key={channel.id}>
                      <button
                        ref={(el) => {
                          if (el) buttons.current.set(`${row}:${col}`, el);
                          else buttons.current.delete(`${row}:${col}`);
                        }}
                        type="button"
                        className={cell ? `matrix-cell side-${cell.side}` : "matrix-cell undecided"}
                        aria-label={name}
                        aria-describedby={`${baseId}-${row}-${col}`}
                        tabIndex={row === active.row && col === active.col ? 0 : -1}
                        onFocus={() => setFocus({ row, col })}
                        onKeyDown={(e) => onKeyDown(e, { row, col })}
                        onClick={() => setEditing({ activityId: activity.id, channelId: channel.id })}
                      >
                        <CellFace id={`${baseId}-${row}-${col}`} cell={cell} advice={advice.get(key)} people={split.people} />
                      </button>
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <Legend />
      {editing && editingActivity && editingChannel && (
        <CellEditor
          client={client}
          split={split}
          phase={phase}
          activity={editingActivity}
          channel={editingChannel}
          cell={cells.get(rowKey(editing.activityId, editing.channelId))}
          advice={advice.get(rowKey(editing.activityId, editing.channelId))}
          agency={agency}
          onClose={() => setEditing(null)}
        />
      )}
    </div>
  );
}

/** What a cell shows; its text past the side is the button's description. */
function CellFace({ id, cell, advice, people }: { id: string; cell: Cell | undefined; advice: Recommendation | undefined; people: Person[] }) {
  const { t } = useTranslation();
  const language = useLanguage();
  if (!cell) {
    return (
      <span id={id} className="matrix-advice">
        {advice ? t("split.matrix.advice", { side: sideLabel(t, advice.side) }) : t("split.matrix.undecided")}
      </span>
    );
  }
  const hours = (value: number | null) => formatNumber(value ?? 0, language);
  const spent = [
    cell.side !== "agency" ? t("split.matrix.businessHours", { hours: hours(cell.businessHours) }) : null,
    cell.side !== "business" ? t("split.matrix.agencyHours", { hours: hours(cell.agencyHours) }) : null,
  ].filter((part) => part !== null);
  const accountable = cell.raci.find((e) => e.role === "accountable");
  const person = accountable && people.find((p) => p.id === accountable.personId);
  return (
    <>
      <span className="matrix-side">{sideLabel(t, cell.side)}</span>
      <span id={id} className="matrix-details">
        <span className="matrix-line">{spent.join(" · ")}</span>{" "}
        {person && (
          <>
            <span className="matrix-line">{t("split.matrix.accountable", { name: person.name })}</span>{" "}
          </>
        )}
        {advice && advice.side !== cell.side && <span className="matrix-line matrix-differs">{t("split.matrix.differs")}</span>}
      </span>
    </>
  );
}

function Legend() {
  const { t } = useTranslation();
  return (
    <div className="matrix-legend">
      <ul aria-label={t("split.matrix.legendSides")}>
        {SIDES.map((side) => (
          <li key={side}>
            <span className={`matrix-swatch side-${side}`} aria-hidden="true" />
            {sideLabel(t, side)}
          </li>
        ))}
        <li>
          <span className="matrix-swatch undecided" aria-hidden="true" />
          {t("split.matrix.undecided")}
        </li>
      </ul>
      <ul aria-label={t("split.matrix.legendRaci")}>
        {ROLES.map((role) => (
          <li key={role}>{t(`split.editor.roles.${role}`)}</li>
        ))}
      </ul>
    </div>
  );
}
