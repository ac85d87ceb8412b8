import { useId, type ReactNode } from 'react'

/**
 * A data table with its caption. On a narrow screen the table scrolls sideways inside a region that can be
 * focused and scrolled with the keyboard (WCAG 1.4.10 lets data tables scroll in two dimensions).
 */
export function DataTable({ caption, children }: { caption: ReactNode; children: ReactNode }) {
  const captionId = useId()
  return (
    <div className="admin-table-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
      <table className="admin-table">
        <caption id={captionId}>{caption}</caption>
        {children}
      </table>
    </div>
  )
}
