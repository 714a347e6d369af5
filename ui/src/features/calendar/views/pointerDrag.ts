// Dragging an item to another day with the pointer (mouse, pen or finger).
// Regia does its own dragging, as FullCalendar does, instead of HTML5 drag
// and drop: WebKitGTK starts a native drag only from some real mouse
// sequences, and never from touch. A press that moves more than a few pixels
// becomes a drag; the chip follows the pointer; the day under the pointer is
// marked; releasing there moves the item. The click that ends a drag does
// not open the editor.
import { useRef } from "react";

import type { CalendarEntry } from "../../../bindings";
import type { CalendarActions } from "./context";
import { dayOf } from "./dates";

const THRESHOLD = 5;

function dayUnder(target: EventTarget | null, x: number, y: number): HTMLElement | null {
  const fromTarget = target instanceof Element ? target.closest<HTMLElement>("[data-day]") : null;
  if (fromTarget) return fromTarget;
  // A real pointer: the element under it (the dragged chip lets it through).
  const hit = typeof document.elementFromPoint === "function" ? document.elementFromPoint(x, y) : null;
  return hit?.closest<HTMLElement>("[data-day]") ?? null;
}

export function usePointerDrag(entry: CalendarEntry, movable: boolean, actions: CalendarActions) {
  const justDragged = useRef(false);

  const onPointerDown = (event: React.PointerEvent<HTMLElement>) => {
    if (!movable || event.button !== 0) return;
    const chip = event.currentTarget;
    const start = { x: event.clientX, y: event.clientY };
    let dragging = false;
    let over: HTMLElement | null = null;
    const mark = (next: HTMLElement | null) => {
      if (next === over) return;
      over?.classList.remove("drop-target");
      next?.classList.add("drop-target");
      over = next;
    };
    const finish = () => {
      window.removeEventListener("pointermove", onMove);
      window.removeEventListener("pointerup", onUp);
      window.removeEventListener("pointercancel", onCancel);
      chip.classList.remove("dragging");
      chip.style.transform = "";
      chip.style.pointerEvents = "";
      mark(null);
    };
    const onMove = (e: PointerEvent) => {
      const dx = e.clientX - start.x;
      const dy = e.clientY - start.y;
      if (!dragging && Math.hypot(dx, dy) < THRESHOLD) return;
      if (!dragging) {
        dragging = true;
        chip.classList.add("dragging");
        // Let the pointer see the day beneath the chip.
        chip.style.pointerEvents = "none";
      }
      chip.style.transform = `translate(${dx}px, ${dy}px)`;
      mark(dayUnder(e.target, e.clientX, e.clientY));
    };
    const onUp = (e: PointerEvent) => {
      const target = dragging ? dayUnder(e.target, e.clientX, e.clientY) : null;
      const wasDragging = dragging;
      finish();
      if (!wasDragging) return;
      justDragged.current = true;
      const day = target?.dataset.day;
      if (day && day !== dayOf(entry.plannedLocal)) actions.moveItem(entry, day);
    };
    const onCancel = () => finish();
    window.addEventListener("pointermove", onMove);
    window.addEventListener("pointerup", onUp);
    window.addEventListener("pointercancel", onCancel);
  };

  /** Wraps the chip's click: the click that ends a drag is swallowed. */
  const guardClick = (open: () => void) => () => {
    if (justDragged.current) {
      justDragged.current = false;
      return;
    }
    open();
  };

  return { onPointerDown, guardClick };
}
