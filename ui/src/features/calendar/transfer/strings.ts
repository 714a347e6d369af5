// Words of the calendar (transfer). Italian first; en is typed as it.
const it = {
  placeholder: "",
};

const en: typeof it = {
  placeholder: "",
};

export const transferStrings = { it, en };
