// The admin forms' fields: the kit's labelled controls (components/ui) bound to a string value.
import type { ComponentProps } from 'react'
import { useTranslation } from 'react-i18next'
import { Select } from '@/components/ui/Select'
import { TextArea } from '@/components/ui/TextArea'
import { TextField } from '@/components/ui/TextField'
import type { FieldMessage } from '@/lib/form-errors'

type Bound = { value: string; onValue: (value: string) => void; error?: FieldMessage }

/** A one-line text input (also e-mail, password, date and number-as-text inputs). */
export function TextInput({ value, onValue, ...props }: Omit<ComponentProps<typeof TextField>, 'value' | 'onChange' | 'errorPrefix'> & Bound) {
  const { t } = useTranslation()
  return <TextField {...props} value={value} onChange={(event) => onValue(event.target.value)} errorPrefix={t('form.errorPrefix')} />
}

/** Free text, checked for a personnummer as the user types. */
export function TextBox({ value, onValue, ...props }: Omit<ComponentProps<typeof TextArea>, 'value' | 'onChange'> & Bound) {
  return <TextArea {...props} value={value} onChange={(event) => onValue(event.target.value)} />
}

/** A native select. */
export function Choice({ value, onValue, ...props }: Omit<ComponentProps<typeof Select>, 'value' | 'onChange'> & Bound) {
  return <Select {...props} value={value} onChange={(event) => onValue(event.target.value)} />
}
