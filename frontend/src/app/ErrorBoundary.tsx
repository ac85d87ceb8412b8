import { Component, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { ErrorState } from '@/components/ui/ErrorState'

/** Catches what no component handled, so that one broken page leaves the header and footer usable. */
export class ErrorBoundary extends Component<{ children: ReactNode; resetKey: string }, { failed: boolean }> {
  override state = { failed: false }

  static getDerivedStateFromError() {
    return { failed: true }
  }

  override componentDidUpdate(previous: { resetKey: string }) {
    // navigating elsewhere gives the next page a fresh start
    if (this.state.failed && previous.resetKey !== this.props.resetKey) this.setState({ failed: false })
  }

  override render() {
    return this.state.failed ? <Fallback /> : this.props.children
  }
}

function Fallback() {
  const { t } = useTranslation()
  return (
    <ErrorState title={t('state.errorTitle')} message={t('state.unexpected')} action={{ label: t('state.reload'), onClick: () => window.location.reload() }} />
  )
}
