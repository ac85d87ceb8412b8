import type { ReactNode } from 'react'

type Props = {
  title: string
  /** what went wrong, in the user's words */
  message: ReactNode
  /** the language of `message` when it differs from the page (the API's details are Swedish) */
  messageLang?: string
  action?: { label: string; onClick: () => void }
}

/** A failure the user should notice at once (role="alert"), with a way to try again. */
export function ErrorState({ title, message, messageLang, action }: Props) {
  return (
    <div className="state state-error" role="alert">
      <p className="state-title">{title}</p>
      <p lang={messageLang}>{message}</p>
      {action && (
        <button type="button" className="button" onClick={action.onClick}>
          {action.label}
        </button>
      )}
    </div>
  )
}
