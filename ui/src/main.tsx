import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { I18nextProvider } from "react-i18next";

import { App } from "./features/app/App";
import { startReading } from "./features/app/queries";
import { installCloseGuard } from "./lib/closeGuard";
import { i18n } from "./lib/i18n";
import "./styles.css";

const queryClient = new QueryClient({
  defaultOptions: {
    // Local data: it is fresh until we change it ourselves.
    queries: { staleTime: Infinity, retry: false, refetchOnWindowFocus: false },
    mutations: { retry: false },
  },
});

/** The longest the first render waits for the start-up reads (each takes milliseconds). */
const FIRST_READS_WAIT_MS = 500;

installCloseGuard();
const firstReads = startReading(queryClient);

const root = document.getElementById("root");
if (root) {
  const render = () =>
    createRoot(root).render(
      <StrictMode>
        <I18nextProvider i18n={i18n}>
          <QueryClientProvider client={queryClient}>
            <App />
          </QueryClientProvider>
        </I18nextProvider>
      </StrictMode>,
    );
  // Rendering once the reads are in paints the first screen whole, in one
  // layout; a slow read only delays the first frame by the wait above.
  void Promise.race([firstReads, new Promise((resolve) => setTimeout(resolve, FIRST_READS_WAIT_MS))]).then(render);
}
