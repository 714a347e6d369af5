// The benchmark's month grid page (not part of the app): Regia's month grid
// against FullCalendar's. The bench shell (tests/bench/shell) embeds it from
// its dist/grid/ beside the empty window's hand-written index.html.
import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

/** A path beside this file (the project has no Node types, hence no fileURLToPath). */
const here = (path: string) => decodeURIComponent(new URL(path, import.meta.url).pathname);

export default defineConfig({
  plugins: [react()],
  root: here("./bench"),
  base: "./",
  publicDir: false,
  clearScreen: false,
  build: {
    target: "safari16",
    outDir: here("../tests/bench/shell/dist/grid"),
    emptyOutDir: true,
    sourcemap: false,
    // The grid page carries React, i18next and FullCalendar in one script.
    chunkSizeWarningLimit: 1000,
    rolldownOptions: {
      input: { grid: here("./bench/grid.html") },
    },
  },
});
