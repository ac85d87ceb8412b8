/** The first focusable element of every page: jumps past the header to the main content. */
export function SkipLink({ targetId, children }: { targetId: string; children: string }) {
  return (
    <a className="skip-link" href={`#${targetId}`}>
      {children}
    </a>
  )
}
