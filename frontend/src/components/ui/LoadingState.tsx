/** Announced politely by screen readers; shown while data is on its way. */
export function LoadingState({ children }: { children: string }) {
  return (
    <p className="state state-loading" role="status">
      <span className="spinner" aria-hidden="true" />
      {children}
    </p>
  )
}
