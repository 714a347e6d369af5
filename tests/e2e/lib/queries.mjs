// Find elements the way a person (or a screen reader) does: by ARIA role and
// accessible name, by label, by visible text. Never by CSS class.
//
//   const start = await byRole(browser, "button", "Inizia");
//   await (await byRole(browser, "textbox", /nome/i)).setValue("Bar Sport");
//   await (await byLabel(browser, "Nome")).setValue("Bar Sport");
//   await byText(browser, "Benvenuto");
//   await waitForText(browser, /salvato/i);
//
// Every query waits (polling) up to `timeout` ms (default 10 s) and throws an
// error that says what it looked for and what it found instead.
//
// Name matching (`name` / `label` / `text` arguments):
//   - string: equal after collapsing whitespace and trimming (case-sensitive);
//     pass { exact: false } for a case-insensitive substring match
//   - RegExp: tested against the whitespace-collapsed name
//   - undefined: any name
//
// Options common to all queries:
//   timeout (ms, default 10000), interval (ms, default 100),
//   hidden (default false: only elements a person can perceive),
//   within (a WebdriverIO element: search only inside it)
// byRole / allByRole / queryByRole also take state filters:
//   level (headings), checked, selected, pressed, expanded, disabled
// byRole / byLabel / byText insist on exactly ONE match (like Testing
// Library's getBy*); pass { index: n } to pick the n-th of several.

export const DEFAULT_TIMEOUT = 10_000;
const ELEMENT_KEY = "element-6066-11e4-a52e-4f735466cecf";

// ---------------------------------------------------------------------------
// In-page code. Runs inside the webview via WebDriver "execute script", so it
// must be self-contained (no closures over this module) and must not touch
// built-in prototypes (the app runs with Tauri's freezePrototype).
// ---------------------------------------------------------------------------
function inPageFind(spec) {
  const norm = (s) => String(s == null ? "" : s).replace(/\s+/g, " ").trim();

  const matcher = (m, exact) => {
    if (m == null) return () => true;
    if (typeof m === "object" && m.regex) {
      const re = new RegExp(m.regex.source, m.regex.flags.replace("g", ""));
      return (s) => re.test(s);
    }
    const want = norm(m);
    if (exact === false) {
      const w = want.toLowerCase();
      return (s) => s.toLowerCase().includes(w);
    }
    return (s) => s === want;
  };

  const isHiddenSelf = (el) => {
    if (el.hidden) return true;
    if (el.getAttribute && el.getAttribute("aria-hidden") === "true") return true;
    const cs = getComputedStyle(el);
    if (cs.display === "none") return true;
    return false;
  };
  const isHidden = (el) => {
    // visibility is inherited, display/aria-hidden are checked up the tree
    if (getComputedStyle(el).visibility === "hidden" || getComputedStyle(el).visibility === "collapse") return true;
    for (let n = el; n && n.nodeType === 1; n = n.parentElement) {
      if (isHiddenSelf(n)) return true;
      if (n.tagName === "DETAILS" && !n.open && n !== el) {
        const summary = n.querySelector(":scope > summary");
        if (!summary || !summary.contains(el)) return true;
      }
    }
    if (el.closest && el.closest("[inert]")) return true;
    return false;
  };

  const tag = (el) => el.tagName.toLowerCase();

  const hasAccessibleNameAttr = (el) =>
    !!(norm(el.getAttribute("aria-label")) || norm(el.getAttribute("aria-labelledby")) || norm(el.getAttribute("title")));

  const implicitRole = (el) => {
    const t = tag(el);
    const type = (el.getAttribute("type") || "").toLowerCase();
    switch (t) {
      case "a":
      case "area":
        return el.hasAttribute("href") ? "link" : null;
      case "button":
        return "button";
      case "input":
        switch (type) {
          case "button":
          case "submit":
          case "reset":
          case "image":
            return "button";
          case "checkbox":
            return "checkbox";
          case "radio":
            return "radio";
          case "range":
            return "slider";
          case "number":
            return "spinbutton";
          case "search":
            return el.hasAttribute("list") ? "combobox" : "searchbox";
          case "hidden":
          case "file":
          case "color":
          case "password":
          case "date":
          case "datetime-local":
          case "month":
          case "time":
          case "week":
            return null;
          default: // text, email, tel, url, "" and unknown types
            return el.hasAttribute("list") ? "combobox" : "textbox";
        }
      case "textarea":
        return "textbox";
      case "select":
        return el.multiple || el.size > 1 ? "listbox" : "combobox";
      case "option":
        return "option";
      case "optgroup":
        return "group";
      case "h1":
      case "h2":
      case "h3":
      case "h4":
      case "h5":
      case "h6":
        return "heading";
      case "dialog":
        return "dialog";
      case "nav":
        return "navigation";
      case "main":
        return "main";
      case "aside":
        return "complementary";
      case "header":
        return el.closest("article, aside, main, nav, section") ? null : "banner";
      case "footer":
        return el.closest("article, aside, main, nav, section") ? null : "contentinfo";
      case "section":
        return hasAccessibleNameAttr(el) ? "region" : null;
      case "form":
        return hasAccessibleNameAttr(el) ? "form" : null;
      case "article":
        return "article";
      case "ul":
      case "ol":
      case "menu":
        return "list";
      case "li":
        return "listitem";
      case "table":
        return "table";
      case "tr":
        return "row";
      case "td":
        return el.closest("table") && el.closest("table").getAttribute("role") === "grid" ? "gridcell" : "cell";
      case "th": {
        const scope = (el.getAttribute("scope") || "").toLowerCase();
        if (scope === "row" || scope === "rowgroup") return "rowheader";
        return "columnheader";
      }
      case "thead":
      case "tbody":
      case "tfoot":
        return "rowgroup";
      case "fieldset":
        return "group";
      case "details":
        return "group";
      case "hr":
        return "separator";
      case "img":
        return el.getAttribute("alt") === "" && !hasAccessibleNameAttr(el) ? "presentation" : "img";
      case "progress":
        return "progressbar";
      case "meter":
        return "meter";
      case "output":
        return "status";
      case "figure":
        return "figure";
      case "p":
        return "paragraph";
      case "dl":
        return null;
      case "summary":
        return "button";
      default:
        if (el.isContentEditable && el.getAttribute("contenteditable") !== null) return "textbox";
        return null;
    }
  };

  const roleOf = (el) => {
    const explicit = norm(el.getAttribute("role")).split(" ")[0];
    if (explicit && explicit !== "none" && explicit !== "presentation") return explicit.toLowerCase();
    if (explicit === "none" || explicit === "presentation") return "presentation";
    return implicitRole(el);
  };

  const NAME_FROM_CONTENT = new Set([
    "button", "cell", "checkbox", "columnheader", "gridcell", "heading", "link", "menuitem",
    "menuitemcheckbox", "menuitemradio", "option", "radio", "row", "rowheader", "switch", "tab",
    "tooltip", "treeitem", "listitem", "term", "status", "alert", "paragraph", "legend", "caption",
  ]);
  const BLOCK = /^(block|flex|grid|list-item|table|table-row|table-cell|flow-root)/;

  // Text alternative of a subtree (simplified accname "name from content").
  const textOf = (node, ctx) => {
    if (node.nodeType === 3) return node.data;
    if (node.nodeType !== 1) return "";
    const el = node;
    if (!ctx.includeHidden && isHiddenSelf(el)) return "";
    const t = tag(el);
    if (t === "script" || t === "style" || t === "template" || t === "noscript") return "";
    if (ctx.skip && ctx.skip === el) return "";
    if (el !== ctx.root) {
      const lab = norm(el.getAttribute("aria-label"));
      if (lab) return " " + lab + " ";
      if (t === "img") return " " + (el.getAttribute("alt") || "") + " ";
      if (t === "input") {
        const type = (el.getAttribute("type") || "text").toLowerCase();
        if (type === "checkbox" || type === "radio") return "";
        return " " + (el.value || "") + " ";
      }
      if (t === "textarea") return " " + (el.value || "") + " ";
      if (t === "select") {
        const o = el.selectedOptions && el.selectedOptions[0];
        return " " + (o ? o.textContent : "") + " ";
      }
    }
    let out = "";
    for (const child of el.childNodes) out += textOf(child, ctx);
    if (el !== ctx.root) {
      const d = getComputedStyle(el).display;
      if (BLOCK.test(d) || t === "br") out = " " + out + " ";
    }
    return out;
  };
  const contentText = (el, skip) => norm(textOf(el, { root: el, skip, includeHidden: false }));
  const refText = (el) => {
    const lab = norm(el.getAttribute("aria-label"));
    if (lab) return lab;
    return norm(textOf(el, { root: el, includeHidden: true }));
  };

  const LABELABLE = new Set(["input", "select", "textarea", "meter", "progress", "output", "button"]);

  // Returns { name, source } where source is one of
  // labelledby | aria-label | label | alt | value | legend | caption | content | title | placeholder
  const nameOf = (el, role) => {
    const t = tag(el);
    const lb = norm(el.getAttribute("aria-labelledby"));
    if (lb) {
      const parts = lb
        .split(" ")
        .map((id) => document.getElementById(id))
        .filter(Boolean)
        .map((ref) => (ref === el ? norm(el.getAttribute("aria-label")) || contentText(el) : refText(ref)));
      const n = norm(parts.join(" "));
      if (n) return { name: n, source: "labelledby" };
    }
    const al = norm(el.getAttribute("aria-label"));
    if (al) return { name: al, source: "aria-label" };
    if (t === "input") {
      const type = (el.getAttribute("type") || "text").toLowerCase();
      if (type === "button" || type === "submit" || type === "reset") {
        const v = norm(el.value) || (type === "submit" ? "Submit" : type === "reset" ? "Reset" : "");
        if (v) return { name: v, source: "value" };
      }
      if (type === "image") {
        const alt = norm(el.getAttribute("alt"));
        if (alt) return { name: alt, source: "alt" };
      }
    }
    if (LABELABLE.has(t) && el.labels && el.labels.length) {
      const n = norm(Array.from(el.labels).map((l) => contentText(l, el)).join(" "));
      if (n) return { name: n, source: "label" };
    }
    if (t === "img" || t === "area") {
      const alt = norm(el.getAttribute("alt"));
      if (alt) return { name: alt, source: "alt" };
    }
    if (t === "fieldset") {
      const lg = el.querySelector(":scope > legend");
      if (lg) {
        const n = contentText(lg);
        if (n) return { name: n, source: "legend" };
      }
    }
    if (t === "table") {
      const cap = el.querySelector(":scope > caption");
      if (cap) {
        const n = contentText(cap);
        if (n) return { name: n, source: "caption" };
      }
    }
    if (t === "figure") {
      const fc = el.querySelector(":scope > figcaption");
      if (fc) {
        const n = contentText(fc);
        if (n) return { name: n, source: "caption" };
      }
    }
    if (t === "dialog" || role === "dialog" || role === "alertdialog") {
      // Common pattern without aria-labelledby: the dialog's first heading.
      const h = el.querySelector("h1, h2, h3, h4, h5, h6, [role=heading]");
      if (h && !el.hasAttribute("aria-labelledby")) {
        const n = contentText(h);
        if (n) return { name: n, source: "content" };
      }
    }
    if (role && NAME_FROM_CONTENT.has(role)) {
      const n = contentText(el);
      if (n) return { name: n, source: "content" };
    }
    const title = norm(el.getAttribute("title"));
    if (title) return { name: title, source: "title" };
    const ph = norm(el.getAttribute("placeholder"));
    if (ph && (t === "input" || t === "textarea")) return { name: ph, source: "placeholder" };
    return { name: "", source: "" };
  };

  const boolAttr = (el, attr) => {
    const v = el.getAttribute(attr);
    return v === null ? undefined : v === "true" ? true : v === "false" ? false : v;
  };
  const stateOf = (el, role) => {
    const t = tag(el);
    const s = {};
    if (role === "heading") {
      const lvl = el.getAttribute("aria-level");
      s.level = lvl ? Number(lvl) : /^h[1-6]$/.test(t) ? Number(t[1]) : 2;
    }
    if (t === "input" && (el.type === "checkbox" || el.type === "radio")) s.checked = el.indeterminate ? "mixed" : el.checked;
    else if (boolAttr(el, "aria-checked") !== undefined) s.checked = boolAttr(el, "aria-checked");
    if (t === "option") s.selected = el.selected;
    else if (boolAttr(el, "aria-selected") !== undefined) s.selected = boolAttr(el, "aria-selected");
    if (boolAttr(el, "aria-pressed") !== undefined) s.pressed = boolAttr(el, "aria-pressed");
    if (boolAttr(el, "aria-expanded") !== undefined) s.expanded = boolAttr(el, "aria-expanded");
    else if (t === "details") s.expanded = el.open;
    s.disabled = !!(el.disabled || el.closest("[aria-disabled=true]") || (el.closest("fieldset:disabled") && LABELABLE.has(t)));
    return s;
  };

  const scope = spec.within || document;
  const all = Array.from(scope.querySelectorAll("*"));
  if (spec.within && spec.within.nodeType === 1) all.unshift(spec.within);
  const nameOk = matcher(spec.name, spec.exact);
  const matches = [];
  const seen = []; // for the error message: what is there instead

  if (spec.kind === "role") {
    const wantRole = String(spec.role).toLowerCase();
    for (const el of all) {
      const role = roleOf(el);
      if (role !== wantRole) continue;
      if (!spec.hidden && isHidden(el)) continue;
      const { name } = nameOf(el, role);
      const st = stateOf(el, role);
      let ok = nameOk(name);
      for (const k of ["level", "checked", "selected", "pressed", "expanded", "disabled"]) {
        if (spec.state && spec.state[k] !== undefined) {
          const have = st[k] === undefined ? false : st[k];
          if (have !== spec.state[k]) ok = false;
        }
      }
      if (ok) matches.push({ el, name });
      else seen.push(name || "(no name)");
    }
  } else if (spec.kind === "label") {
    for (const el of all) {
      const t = tag(el);
      const labelled = el.hasAttribute("aria-labelledby") || el.hasAttribute("aria-label") || (LABELABLE.has(t) && el.labels && el.labels.length);
      if (!labelled) continue;
      if (t === "label") continue;
      if (!spec.hidden && isHidden(el)) continue;
      const { name, source } = nameOf(el, roleOf(el));
      if (!["labelledby", "aria-label", "label"].includes(source)) continue;
      if (nameOk(name)) matches.push({ el, name });
      else seen.push(name);
    }
  } else if (spec.kind === "text") {
    // Deepest visible elements whose text matches.
    const cands = [];
    for (const el of all) {
      const t = tag(el);
      if (t === "script" || t === "style" || t === "template" || t === "head" || t === "html" || t === "title") continue;
      if (!spec.hidden && isHidden(el)) continue;
      const txt = contentText(el);
      if (txt && nameOk(txt)) cands.push({ el, name: txt });
    }
    for (const c of cands) {
      if (!cands.some((o) => o !== c && c.el.contains(o.el))) matches.push(c);
    }
    if (!matches.length) {
      const body = norm(document.body ? document.body.innerText : "");
      seen.push(body.length > 300 ? body.slice(0, 300) + "…" : body);
    }
  } else if (spec.kind === "pagetext") {
    const body = norm(document.body ? document.body.innerText : "");
    const m = spec.name;
    const found = m && typeof m === "object" && m.regex ? matcher(m)(body) : body.includes(norm(m));
    return { found, elements: [], seen: [body.length > 300 ? body.slice(0, 300) + "…" : body] };
  } else if (spec.kind === "roles") {
    // Debug: every visible element with a role, as "role: name".
    const out = [];
    for (const el of all) {
      const role = roleOf(el);
      if (!role || role === "presentation" || role === "paragraph" || role === "listitem" || role === "list") continue;
      if (isHidden(el)) continue;
      out.push(role + ": " + (nameOf(el, role).name || "(no name)"));
    }
    return { seen: out };
  }

  return { elements: matches.map((m) => m.el), names: matches.map((m) => m.name), seen: seen.slice(0, 25) };
}

// ---------------------------------------------------------------------------
// Node side
// ---------------------------------------------------------------------------

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

function encodeName(name) {
  if (name instanceof RegExp) return { regex: { source: name.source, flags: name.flags } };
  if (name == null) return null;
  return String(name);
}

function describeName(name) {
  if (name == null) return "any name";
  if (name instanceof RegExp) return `name ${name}`;
  return `name "${name}"`;
}

// A single script string (built once) that defines inPageFind and calls it.
// `within` travels as its own argument: WebKitWebDriver turns element
// references into nodes only at the top level of the arguments.
const inPageScript = `return (${inPageFind.toString()})(Object.assign({}, arguments[0], { within: arguments[1] || null }));`;

async function execFind(browser, spec, within) {
  if (within && !within.elementId) throw new Error("queries: `within` must be a WebdriverIO element");
  const res = await browser.execute(inPageScript, spec, within ? { [ELEMENT_KEY]: within.elementId } : null);
  return res || { elements: [], names: [], seen: [] };
}

function toElements(browser, res) {
  return Promise.all((res.elements || []).map((ref) => browser.$(ref)));
}

async function poll(browser, spec, opts, accept, describe) {
  const timeout = opts.timeout ?? DEFAULT_TIMEOUT;
  const interval = opts.interval ?? 100;
  const deadline = Date.now() + timeout;
  let last = null;
  let lastErr = null;
  for (;;) {
    try {
      last = await execFind(browser, spec, opts.within);
      lastErr = null;
      if (accept(last)) return last;
    } catch (err) {
      // The page may be navigating/re-rendering; keep trying until the deadline.
      lastErr = err;
    }
    if (Date.now() >= deadline) break;
    await sleep(interval);
  }
  const err = new Error(describe(last, timeout) + (lastErr ? `\n  last error: ${lastErr.message}` : ""));
  err.name = "QueryTimeoutError";
  throw err;
}

function stateSpec(opts) {
  const state = {};
  for (const k of ["level", "checked", "selected", "pressed", "expanded", "disabled"]) {
    if (opts[k] !== undefined) state[k] = opts[k];
  }
  return state;
}

function describeState(opts) {
  const s = stateSpec(opts);
  const parts = Object.entries(s).map(([k, v]) => `${k}=${v}`);
  return parts.length ? ` (${parts.join(", ")})` : "";
}

function listSeen(seen) {
  if (!seen || !seen.length) return "none";
  return seen.map((s) => JSON.stringify(s)).join(", ");
}

function pickOne(res, opts) {
  const n = res.elements.length;
  if (opts.index !== undefined) return opts.index < n;
  return n === 1;
}

async function single(browser, spec, opts, what) {
  const res = await poll(
    browser,
    spec,
    opts,
    (r) => pickOne(r, opts),
    (r, timeout) => {
      const n = r ? r.elements.length : 0;
      if (n > 1 && opts.index === undefined) {
        return `${what}: found ${n} matching elements after ${timeout} ms, expected exactly one ` +
          `(names: ${listSeen(r.names)}); narrow the name or pass { index }`;
      }
      return `${what}: nothing found after ${timeout} ms. ` +
        (spec.kind === "text" ? `Visible text: ${listSeen(r && r.seen)}` : `Seen instead: ${listSeen(r && r.seen)}`);
    },
  );
  const [el] = await toElements(browser, { elements: [res.elements[opts.index ?? 0]] });
  return el;
}

/**
 * The one element with ARIA role `role` (explicit or implicit) and accessible
 * name `name`. Waits up to opts.timeout (10 s).
 * @returns {Promise<WebdriverIO.Element>}
 */
export function byRole(browser, role, name, opts = {}) {
  const spec = { kind: "role", role, name: encodeName(name), exact: opts.exact, hidden: !!opts.hidden, state: stateSpec(opts) };
  return single(browser, spec, opts, `byRole(${JSON.stringify(role)}, ${describeName(name)}${describeState(opts)})`);
}

/** All elements with that role/name; waits until at least one exists. */
export async function allByRole(browser, role, name, opts = {}) {
  const spec = { kind: "role", role, name: encodeName(name), exact: opts.exact, hidden: !!opts.hidden, state: stateSpec(opts) };
  const what = `allByRole(${JSON.stringify(role)}, ${describeName(name)}${describeState(opts)})`;
  const res = await poll(browser, spec, opts, (r) => r.elements.length > 0, (r, t) => `${what}: nothing found after ${t} ms. Seen instead: ${listSeen(r && r.seen)}`);
  return toElements(browser, res);
}

/** Like byRole but no waiting: the element, or null when there is none. Throws on several. */
export async function queryByRole(browser, role, name, opts = {}) {
  const spec = { kind: "role", role, name: encodeName(name), exact: opts.exact, hidden: !!opts.hidden, state: stateSpec(opts) };
  const res = await execFind(browser, spec, opts.within);
  if (res.elements.length === 0) return null;
  if (res.elements.length > 1 && opts.index === undefined) {
    throw new Error(`queryByRole(${JSON.stringify(role)}, ${describeName(name)}): ${res.elements.length} matches (${listSeen(res.names)})`);
  }
  const ref = res.elements[opts.index ?? 0];
  return ref ? browser.$(ref) : null;
}

/** Wait until no element with that role/name is visible (e.g. a dialog closed). */
export async function waitForRoleGone(browser, role, name, opts = {}) {
  const spec = { kind: "role", role, name: encodeName(name), exact: opts.exact, hidden: !!opts.hidden, state: stateSpec(opts) };
  await poll(browser, spec, opts, (r) => r.elements.length === 0, (r, t) => `waitForRoleGone(${JSON.stringify(role)}, ${describeName(name)}): still ${r.elements.length} present after ${t} ms (${listSeen(r.names)})`);
}

/**
 * The one form control whose label is `label`: <label for>, a wrapping
 * <label>, aria-labelledby or aria-label.
 */
export function byLabel(browser, label, opts = {}) {
  const spec = { kind: "label", name: encodeName(label), exact: opts.exact, hidden: !!opts.hidden };
  return single(browser, spec, opts, `byLabel(${describeName(label).replace(/^name /, "")})`);
}

/** The one innermost visible element whose text content matches `text`. */
export function byText(browser, text, opts = {}) {
  const spec = { kind: "text", name: encodeName(text), exact: opts.exact, hidden: !!opts.hidden };
  return single(browser, spec, opts, `byText(${describeName(text).replace(/^name /, "")})`);
}

/** All innermost visible elements whose text matches; waits for at least one. */
export async function allByText(browser, text, opts = {}) {
  const spec = { kind: "text", name: encodeName(text), exact: opts.exact, hidden: !!opts.hidden };
  const res = await poll(browser, spec, opts, (r) => r.elements.length > 0, (r, t) => `allByText(${describeName(text)}): nothing after ${t} ms. Visible text: ${listSeen(r && r.seen)}`);
  return toElements(browser, res);
}

/**
 * Wait until the page's visible text contains `text` (string: substring after
 * whitespace collapsing; RegExp: tested against it). Resolves to true.
 */
export async function waitForText(browser, text, opts = {}) {
  const spec = { kind: "pagetext", name: encodeName(text) };
  await poll(browser, spec, opts, (r) => !!r.found, (r, t) => `waitForText(${text instanceof RegExp ? text : JSON.stringify(text)}): not on the page after ${t} ms. Visible text: ${listSeen(r && r.seen)}`);
  return true;
}

/** Debug helper: every visible element with a role, as ["button: Start", ...]. */
export async function listRoles(browser, opts = {}) {
  const res = await execFind(browser, { kind: "roles" }, opts.within);
  return res.seen;
}
