// Words of the calendar (.). Italian first; en is typed as it.
const it = {
  placeholder: "",
};

const en: typeof it = {
  placeholder: "",
};

export const calendarStrings = { it, en };
