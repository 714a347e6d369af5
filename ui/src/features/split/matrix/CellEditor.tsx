// The editor of one row of the split (an activity on a channel in a phase):
// Regia's advice with its reasons, who does it, the hours a month of each
// side, the RACI and why. Saving a new side writes a decision in the log; on
// an error everything typed stays and the message sits next to its field.
import { useId, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";

import {
  commands,
  type Activity,
  type Cell,
  type CellId,
  type CellInput,
  type Client,
  type Phase,
  type Recommendation,
  type Split,
  type SplitChannel,
  type SplitSide,
} from "../../../bindings";
import { Dialog } from "../../../components/Dialog";
import { FormError, TextArea, TextField } from "../../../components/fields";
import { useLanguage } from "../../../lib/i18n";
import { AppError, errorFor, formError } from "../../../lib/ipc";
import { useSplitEdit } from "../queries";
import { hoursText, moveHours, parseHours, spendsAgency, spendsBusiness, spread, type HoursDraft } from "./hours";
import { activityLabel, channelName, phaseWord, sideLabel } from "./labels";
import { AdvicePanel } from "./AdvicePanel";
import { RaciFields, type RaciDraft } from "./RaciFields";

const SIDES: readonly SplitSide[] = ["agency", "business", "shared"];
type HoursField = "businessHours" | "agencyHours";

interface Props {
  client: Client;
  split: Split;
  phase: Phase;
  activity: Activity;
  channel: SplitChannel;
  cell: Cell | undefined;
  advice: Recommendation | undefined;
  agency: boolean;
  onClose: () => void;
}

function initialHours(cell: Cell | undefined, side: SplitSide, activity: Activity, language: "it" | "en"): HoursDraft {
  if (!cell) return spread(side, activity.hours ?? 0, language);
  return {
    business: spendsBusiness(cell.side) ? hoursText(cell.businessHours ?? 0, language) : "",
    agency: spendsAgency(cell.side) ? hoursText(cell.agencyHours ?? 0, language) : "",
  };
}

function notANumber(field: HoursField, value: string): AppError {
  return new AppError({ kind: "invalid", code: "invalid_number", message: "not a number", field, params: { value } });
}

export function CellEditor({ client, split, phase, activity, channel, cell, advice, agency, onClose }: Props) {
  const { t } = useTranslation();
  const language = useLanguage();
  const sideName = useId();
  const [side, setSide] = useState<SplitSide>(() => cell?.side ?? advice?.side ?? "shared");
  const [hours, setHours] = useState<HoursDraft>(() => initialHours(cell, side, activity, language));
  const [raci, setRaci] = useState<RaciDraft>(() => Object.fromEntries((cell?.raci ?? []).map((e) => [e.personId, e.role])));
  const [rationale, setRationale] = useState("");
  const [typos, setTypos] = useState<Partial<Record<HoursField, AppError>>>({});
  const [confirming, setConfirming] = useState(false);
  const save = useSplitEdit(client.id, (input: CellInput) => commands.saveSplitCell(client.id, input));
  const remove = useSplitEdit(client.id, (id: CellId) => commands.deleteSplitCell(client.id, id));
  const pending = save.isPending || remove.isPending;

  const fields = ["businessHours", "agencyHours", "raci", "rationale", ...split.people.map((p) => `raci.${p.id}`)];
  const title = t("split.editor.title", {
    activity: activityLabel(t, activity),
    channel: channelName(channel, language),
    phase: phaseWord(t, phase),
  });

  const choose = (next: SplitSide) => {
    setHours(moveHours(hours, side, next, language));
    setSide(next);
  };
  const typeHours = (field: HoursField, value: string) => {
    setHours(field === "businessHours" ? { ...hours, business: value } : { ...hours, agency: value });
    setTypos({ ...typos, [field]: undefined });
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const businessHours = spendsBusiness(side) ? parseHours(hours.business, language) : 0;
    const agencyHours = spendsAgency(side) ? parseHours(hours.agency, language) : 0;
    const found: Partial<Record<HoursField, AppError>> = {};
    if (businessHours === null) found.businessHours = notANumber("businessHours", hours.business);
    if (agencyHours === null) found.agencyHours = notANumber("agencyHours", hours.agency);
    setTypos(found);
    if (businessHours === null || agencyHours === null) {
      save.reset();
      return;
    }
    const entries = split.people.flatMap((p) => {
      const role = raci[p.id];
      return role ? [{ personId: p.id, role }] : [];
    });
    save.mutate(
      { phase, activityId: activity.id, channelId: channel.id, side, businessHours, agencyHours, raci: entries, rationale },
      { onSuccess: onClose },
    );
  };

  const changing = !cell || cell.side !== side;
  const hoursField = (field: HoursField, label: string, value: string) => (
    <TextField
      label={label}
      hint={t("split.editor.hoursHint")}
      inputMode="decimal"
      value={value}
      onChange={(e) => typeHours(field, e.target.value)}
      error={typos[field] ?? errorFor(save.error, field)}
    />
  );

  return (
    <Dialog title={title} onClose={onClose}>
      <form className="cell-editor" onSubmit={submit} noValidate>
        {advice && <AdvicePanel advice={advice} onUse={() => choose(advice.side)} />}
        <div className="cell-choice">
          <fieldset className="inline">
            <legend>{t("split.editor.side")}</legend>
            {SIDES.map((s) => (
              <label key={s} className={`cell-side-option side-${s}`}>
                <input type="radio" name={sideName} value={s} checked={side === s} onChange={() => choose(s)} /> {sideLabel(t, s)}
              </label>
            ))}
          </fieldset>
          <div className="cell-hours">
            {spendsBusiness(side) && hoursField("businessHours", t("split.editor.businessHours"), hours.business)}
            {spendsAgency(side) && hoursField("agencyHours", t("split.editor.agencyHours"), hours.agency)}
          </div>
        </div>
        <RaciFields people={split.people} raci={raci} onChange={setRaci} error={save.error} />
        <div className="cell-rationale">
          {changing && advice && (
            <p className={advice.side === side ? "cell-note" : "cell-note against"}>
              {t(advice.side === side ? "split.editor.followsAdvice" : "split.editor.againstAdvice")}
            </p>
          )}
          {changing && agency && <p className="hint">{t("split.editor.agencyProposes")}</p>}
          <TextArea
            label={t("split.editor.rationale")}
            value={rationale}
            rows={3}
            onChange={(e) => setRationale(e.target.value)}
            error={errorFor(save.error, "rationale")}
          />
        </div>
        <FormError error={formError(save.error, fields)} />
        <FormError error={formError(remove.error, [])} />
        <div className="actions">
          <button type="submit" className="primary" disabled={pending}>
            {t("common.save")}
          </button>
          <button type="button" onClick={onClose}>
            {t("common.cancel")}
          </button>
          {cell && (
            <RemoveCell
              confirming={confirming}
              pending={pending}
              onAsk={setConfirming}
              onConfirm={() => remove.mutate(cell.id, { onSuccess: onClose })}
            />
          )}
        </div>
      </form>
    </Dialog>
  );
}

/** Taking a row out asks again inline: WebDriver cannot answer a native confirm. */
function RemoveCell({
  confirming,
  pending,
  onAsk,
  onConfirm,
}: {
  confirming: boolean;
  pending: boolean;
  onAsk: (asking: boolean) => void;
  onConfirm: () => void;
}) {
  const { t } = useTranslation();
  if (!confirming) {
    return (
      <button type="button" className="cell-remove" onClick={() => onAsk(true)} disabled={pending}>
        {t("split.editor.remove")}
      </button>
    );
  }
  return (
    <span className="cell-remove-confirm" role="group" aria-label={t("split.editor.remove")}>
      <span className="hint">{t("split.editor.removeHint")}</span>
      <button type="button" className="danger" onClick={onConfirm} disabled={pending} autoFocus>
        {t("split.editor.confirmRemove")}
      </button>
      <button type="button" onClick={() => onAsk(false)}>
        {t("split.editor.keep")}
      </button>
    </span>
  );
}
