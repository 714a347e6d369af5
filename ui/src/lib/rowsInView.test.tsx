import { render, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";

import { rowsThatFit, useRowsInView } from "./rowsInView";

function List({ total }: { total: number }) {
  const shown = useRowsInView(total);
  return (
    <ul aria-label="list">
      {Array.from({ length: shown }, (_, i) => (
        <li key={i}>row {i}</li>
      ))}
    </ul>
  );
}

describe("useRowsInView", () => {
  it("fits rows of at least 2.2 rem in the window's height", () => {
    expect(rowsThatFit(800, 16)).toBe(23);
    expect(rowsThatFit(800, 20)).toBe(19);
    expect(rowsThatFit(1080, 16)).toBe(31);
  });

  it("renders the rows that fit first and every row after the first paint", async () => {
    const fit = rowsThatFit(window.innerHeight, 16);
    render(<List total={fit + 30} />);
    expect(screen.getAllByRole("listitem")).toHaveLength(fit);
    await expect.poll(() => screen.getAllByRole("listitem").length).toBe(fit + 30);
  });

  it("renders a short list whole at once", () => {
    render(<List total={3} />);
    expect(screen.getAllByRole("listitem")).toHaveLength(3);
  });
});
