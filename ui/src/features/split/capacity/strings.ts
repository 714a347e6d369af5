// Words of the split screens (this part); the helper that owns it fills it in.
const it = {
  title: "Capacità e costi",
};

const en: typeof it = {
  title: "Capacity and cost",
};

export const splitCapacityStrings = { it, en };
