import type { Ref, TextareaHTMLAttributes } from 'react'
import { useTranslation } from 'react-i18next'
import { containsPersonnummer } from '@uppfoljning/contract/personnummer'
import type { FieldMessage } from '@/lib/form-errors'
import { CharacterCount, countId } from './CharacterCount'
import { Field } from './Field'

type Props = Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id' | 'value'> & {
  id: string
  label: string
  value: string
  hint?: string
  error?: FieldMessage
  /** the contract's limit of the text: a character count shows as the text nears it */
  limit?: number
  ref?: Ref<HTMLTextAreaElement>
}

/**
 * Free text: a labelled textarea with hint and error tied to it (Field). Checks for a personnummer or
 * samordningsnummer as the user types (the same check the API makes, contract/src/personnummer.ts) and says so at
 * once, in a live region. A form must refuse to send while `hasPersonnummer(value)` holds.
 */
export function TextArea({ id, label, hint, error, value, limit, ref, ...textarea }: Props) {
  const { t } = useTranslation('ui')
  const personal = containsPersonnummer(value)
  const shown: FieldMessage | undefined = error ?? (personal ? { message: t('personnummer') } : undefined)
  return (
    <Field
      id={id}
      label={label}
      hint={hint}
      error={shown}
      live
      describedBy={[countId(id, value.length, limit)].filter((x) => x !== undefined)}
      after={<CharacterCount id={id} length={value.length} limit={limit} />}
    >
      {(control) => <textarea ref={ref} className="field-input" value={value} rows={5} {...control} {...textarea} />}
    </Field>
  )
}

/** True when the text holds a personnummer or samordningsnummer: the form must not be sent. */
export const hasPersonnummer = containsPersonnummer
