// What every part of the canvas needs to know: whose strategy it is and
// whether it may be edited (not while a version waits for approval).
import { createContext, useContext } from "react";

import type { ClientId } from "../../../bindings";

export interface Canvas {
  clientId: ClientId;
  editable: boolean;
}

export const CanvasContext = createContext<Canvas | null>(null);

export function useCanvas(): Canvas {
  const canvas = useContext(CanvasContext);
  if (!canvas) throw new Error("useCanvas outside CanvasView");
  return canvas;
}
