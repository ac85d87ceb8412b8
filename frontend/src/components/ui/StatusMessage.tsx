import type { ReactNode } from 'react'

/** A polite live region: "Utkastet sparades 10.42" is read out without moving the focus. */
export function StatusMessage({ children }: { children: ReactNode }) {
  return (
    <p role="status" className="status-message">
      {children}
    </p>
  )
}
