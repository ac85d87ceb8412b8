import type { ButtonHTMLAttributes } from 'react'

type Props = Omit<ButtonHTMLAttributes<HTMLButtonElement>, 'children' | 'type'> & {
  label: string
  /** which row it acts on, for screen readers only ("Ändra" → "Ändra 1.1 Våldsförebyggande program i skolan") */
  row: string
}

/** A small button in a table row whose accessible name says which row it acts on. */
export function RowButton({ label, row, className, ...button }: Props) {
  return (
    <button type="button" className={`button button-secondary admin-row-button ${className ?? ''}`} {...button}>
      {label}
      <span className="visually-hidden"> {row}</span>
    </button>
  )
}
