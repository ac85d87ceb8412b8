import './status-tag.css'
import type { ReactNode } from 'react'

/**
 * A status shown as a tag (status-tag.css): `kind` picks its look (`draft`, `returned`, `approved`, `plan-adopted`,
 * an action status…), `children` says it in words.
 */
export function StatusTag({ kind, children }: { kind: string; children: ReactNode }) {
  return <span className={`tag tag-${kind}`}>{children}</span>
}
