// The checks every admin form makes before sending, with their messages in the UI language. The API makes
// the same checks (contract/src) and more (duplicates, rules that need the database): its answers are shown
// beside the same fields.
import { useTranslation } from 'react-i18next'
import { hasPersonnummer } from '@/components/ui/TextArea'
import { isIsoDate, parseDecimal, parseYear } from './parse'

export function useChecks() {
  const { t } = useTranslation('admin')
  /** free text: not too long, no personnummer */
  const text = (value: string, max: number) => {
    if (value.length > max) return t('form.tooLong', { max })
    if (hasPersonnummer(value)) return t('form.personnummer')
    return undefined
  }
  return {
    text,
    /** a one-line field that must be filled in: `missing` says what to enter */
    required: (value: string, max: number, missing: string) => (value.trim() ? text(value.trim(), max) : missing),
    year: (value: string) => (Number.isNaN(parseYear(value)) ? t('form.yearInvalid') : undefined),
    requiredYear: (value: string, missing: string) => (!value.trim() ? missing : Number.isNaN(parseYear(value)) ? t('form.yearInvalid') : undefined),
    /** `to` not before `from` (either may be empty) */
    yearOrder: (from: string, to: string, message: string) => {
      const a = parseYear(from)
      const b = parseYear(to)
      return a !== null && b !== null && !Number.isNaN(a) && !Number.isNaN(b) && b < a ? message : undefined
    },
    decimal: (value: string) => (Number.isNaN(parseDecimal(value)) ? t('form.numberInvalid') : undefined),
    date: (value: string, missing: string) => (!value ? missing : isIsoDate(value) ? undefined : t('form.dateInvalid')),
  }
}

/** Sentences for a failed request the API did not explain (network down, unreadable answer). */
export function useSendFailureSentences() {
  const { t } = useTranslation()
  return { networkError: t('state.networkError'), unexplained: t('state.sendFailed') }
}
