/**
 * The one way this page makes elements: every text goes in as a text node (textContent), never
 * as HTML, so whatever a card or a title holds is shown as written and never run (issue 14 §3).
 */
type Child = Node | string | null | undefined | false

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: { className?: string; id?: string; type?: 'button' | 'submit'; attrs?: Record<string, string> } = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag)
  const { attrs, ...rest } = props
  for (const [name, value] of Object.entries({ ...rest, ...attrs })) element.setAttribute(name === 'className' ? 'class' : name, value)
  for (const child of children) if (child !== null && child !== undefined && child !== false) element.append(child)
  return element
}

/** A big button that does one thing. */
export function button(label: string, onClick: () => void, className = 'button', attrs: Record<string, string> = {}): HTMLButtonElement {
  const element = h('button', { type: 'button', className, attrs }, label)
  element.addEventListener('click', onClick)
  return element
}

export function setPressed(element: HTMLElement, pressed: boolean): void {
  element.setAttribute('aria-pressed', String(pressed))
}
