// Renders a component with the app's providers; IPC is mocked per test with mockIPC.
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { render } from "@testing-library/react";
import type { ReactElement } from "react";
import { I18nextProvider } from "react-i18next";

import { NavigationProvider, type Route } from "../features/app/navigation";
import { i18n } from "../lib/i18n";

export async function renderWithProviders(ui: ReactElement, { language = "it", route = { screen: "clients" } as Route } = {}) {
  await i18n.changeLanguage(language);
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false, staleTime: Infinity }, mutations: { retry: false } } });
  return render(
    <I18nextProvider i18n={i18n}>
      <QueryClientProvider client={queryClient}>
        <NavigationProvider initial={route}>{ui}</NavigationProvider>
      </QueryClientProvider>
    </I18nextProvider>,
  );
}
