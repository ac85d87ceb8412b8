/** There is nothing to show yet: a calm sentence, not an error. */
export function EmptyState({ children }: { children: string }) {
  return <p className="state state-empty">{children}</p>
}
