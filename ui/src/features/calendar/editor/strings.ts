// Words of the calendar (editor). Italian first; en is typed as it.
const it = {
  placeholder: "",
};

const en: typeof it = {
  placeholder: "",
};

export const editorStrings = { it, en };
