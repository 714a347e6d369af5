// Who is involved in a row: one role (or none) per person, the business's
// people first. The core decides; the live hint only warns early about the
// one rule everyone trips on, exactly one Accountable.
import { useId } from "react";
import { useTranslation } from "react-i18next";

import type { Person, PersonId, Role, Side } from "../../../bindings";
import { FieldError, SelectField } from "../../../components/fields";
import { errorFor } from "../../../lib/ipc";

export const ROLES: readonly Role[] = ["responsible", "accountable", "consulted", "informed"];
const SIDES: readonly Side[] = ["business", "agency"];

export type RaciDraft = Partial<Record<PersonId, Role>>;

const isRole = (value: string): value is Role => ROLES.some((r) => r === value);

export function RaciFields({
  people,
  raci,
  onChange,
  error,
}: {
  people: Person[];
  raci: RaciDraft;
  onChange: (raci: RaciDraft) => void;
  error: unknown;
}) {
  const { t } = useTranslation();
  const errorId = `${useId()}-error`;
  const rowError = errorFor(error, "raci");
  const accountables = people.filter((p) => raci[p.id] === "accountable").length;
  const warning =
    people.length === 0 || rowError
      ? null
      : accountables === 0
        ? t("split.editor.missingAccountable")
        : accountables > 1
          ? t("split.editor.manyAccountables", { count: accountables })
          : null;

  const setRole = (id: PersonId, value: string) => {
    const next = { ...raci };
    if (isRole(value)) next[id] = value;
    else delete next[id];
    onChange(next);
  };

  return (
    <fieldset className="cell-raci" aria-describedby={rowError ? errorId : undefined}>
      <legend>{t("split.editor.raci")}</legend>
      <p className="hint">{t("split.editor.raciHint")}</p>
      {people.length === 0 && <p className="hint">{t("split.editor.noPeople")}</p>}
      {SIDES.map((side) => {
        const ofSide = people.filter((p) => p.side === side);
        if (ofSide.length === 0) return null;
        return (
          <div key={side} className="raci-group">
            <h4>{t(side === "business" ? "split.editor.businessPeople" : "split.editor.agencyPeople")}</h4>
            <div className="raci-people">
              {ofSide.map((person) => (
                <SelectField
                  key={person.id}
                  label={t("split.editor.role", { name: person.name })}
                  hint={person.role || undefined}
                  value={raci[person.id] ?? ""}
                  onChange={(e) => setRole(person.id, e.target.value)}
                  error={errorFor(error, `raci.${person.id}`)}
                >
                  <option value="">{t("split.editor.noRole")}</option>
                  {ROLES.map((role) => (
                    <option key={role} value={role}>
                      {t(`split.editor.roles.${role}`)}
                    </option>
                  ))}
                </SelectField>
              ))}
            </div>
          </div>
        );
      })}
      <p className="hint raci-warning" role="status">
        {warning}
      </p>
      <FieldError id={errorId} error={rowError} />
    </fieldset>
  );
}
