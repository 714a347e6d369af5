// Words of the split screens (this part); the helper that owns it fills it in.
const it = {
  title: "Trasferimento di competenze",
};

const en: typeof it = {
  title: "Skill transfer",
};

export const splitPlanStrings = { it, en };
