/** Tiny DOM helpers (no framework): create elements with text and attributes, find required elements. */

type Child = Node | string | null | undefined;

export function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string> = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  for (const c of children) if (c !== null && c !== undefined) node.append(c);
  return node;
}

export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const node = document.getElementById(id);
  if (!node) throw new Error(`the taskpane page lacks #${id}`);
  return node as T;
}

export function setStatus(text: string): void {
  byId("status").textContent = text;
}

/** Messages the user must see (recovered settings, damaged data): kept until the pane reloads. */
export function addNotices(messages: readonly string[]): void {
  const list = byId("notices");
  for (const m of messages) list.append(el("li", {}, m));
}

/** Runs a button's action with the button disabled, reporting an error in the status line. */
export function onClick(id: string, action: () => Promise<void> | void): void {
  const button = byId<HTMLButtonElement>(id);
  button.addEventListener("click", async () => {
    button.disabled = true;
    try {
      await action();
    } catch (e) {
      setStatus(`Error: ${(e as Error).message}`);
    } finally {
      button.disabled = false;
    }
  });
}
