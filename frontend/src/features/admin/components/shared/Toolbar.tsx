import type { ReactNode } from 'react'

/** Above a list: the button that opens the form for a new row, and the list's own controls (show archived). */
export function Toolbar({ newLabel, onNew, children }: { newLabel: string; onNew: () => void; children?: ReactNode }) {
  return (
    <div className="admin-toolbar">
      <button type="button" className="button" onClick={onNew}>
        {newLabel}
      </button>
      {children}
    </div>
  )
}
