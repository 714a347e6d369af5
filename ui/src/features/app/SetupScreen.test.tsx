import { mockIPC } from "@tauri-apps/api/mocks";
import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";

import { renderWithProviders } from "../../test/render";
import { SetupScreen } from "./SetupScreen";

describe("SetupScreen", () => {
  it("sends the chosen kind, name and language", async () => {
    const calls: unknown[] = [];
    mockIPC((cmd, args) => {
      calls.push([cmd, args]);
      if (cmd === "setup_profile") return { id: "p", kind: "agency", name: "Studio Nord", ownClientId: null, createdAt: "", updatedAt: "" };
      return null;
    });
    await renderWithProviders(<SetupScreen language="it" />);
    await userEvent.click(screen.getByRole("radio", { name: /Un'agenzia/ }));
    await userEvent.type(screen.getByRole("textbox", { name: "Nome dell'agenzia" }), "Studio Nord");
    await userEvent.click(screen.getByRole("button", { name: "Inizia" }));
    expect(calls).toContainEqual(["setup_profile", { input: { kind: "agency", name: "Studio Nord", language: "it" } }]);
  });

  it("shows the core's error under the name field, in the chosen language", async () => {
    mockIPC(() => {
      throw { kind: "invalid", code: "required", message: "must not be empty", field: "name", params: {} };
    });
    await renderWithProviders(<SetupScreen language="en" />, { language: "en" });
    await userEvent.click(screen.getByRole("button", { name: "Start" }));
    const field = screen.getByRole("textbox", { name: "Business name" });
    expect(await screen.findByText("This field is required.")).toBeInTheDocument();
    expect(field).toHaveAttribute("aria-invalid", "true");
    expect(field).toHaveAccessibleDescription("This field is required.");
  });
});
