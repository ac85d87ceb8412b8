// Renders a feature component as the app does: the real QueryClient defaults and the real i18n (Swedish).
import { QueryClientProvider } from '@tanstack/react-query'
import { configure, render } from '@testing-library/react'
import type { ReactElement } from 'react'
import '@/lib/i18n'
import { createQueryClient } from '@/lib/query-client'

// findBy… and waitFor wait up to 1 s by default: too short for a big form on a loaded CI machine (two workers
// beside the backend's tests). A passing test does not wait longer for it.
configure({ asyncUtilTimeout: 5000 })

export function renderWithQueries(ui: ReactElement) {
  const queryClient = createQueryClient()
  return { queryClient, ...render(<QueryClientProvider client={queryClient}>{ui}</QueryClientProvider>) }
}

// jsdom has no modal dialogs: showModal and close only set and clear `open` (ConfirmDialog, UnsavedChangesGuard).
HTMLDialogElement.prototype.showModal ??= function showModal(this: HTMLDialogElement) {
  this.setAttribute('open', '')
}
HTMLDialogElement.prototype.close ??= function close(this: HTMLDialogElement) {
  this.removeAttribute('open')
}
