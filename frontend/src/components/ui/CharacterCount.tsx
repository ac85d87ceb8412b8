import { useTranslation } from 'react-i18next'

/** From how full a field its count shows: a limit far away is no news. */
const SHOWN_FROM = 0.9

/** The id of a field's character count while it is shown (for aria-describedby), else undefined. */
export const countId = (id: string, length: number, limit: number | undefined) =>
  limit !== undefined && length >= limit * SHOWN_FROM ? `${id}-count` : undefined

/**
 * How many characters are left of a text's limit (the contract's, e.g. TITLE_MAX), shown once the text comes near
 * it and, over it, by how many it is too long (GOV.UK's character count). The field stays editable: a pasted text
 * is not cut off, the form's check names the limit.
 */
export function CharacterCount({ id, length, limit }: { id: string; length: number; limit: number | undefined }) {
  const { t } = useTranslation('ui')
  if (limit === undefined || !countId(id, length, limit)) return null
  const left = limit - length
  return (
    <p id={`${id}-count`} className={left < 0 ? 'field-hint field-count field-count-over' : 'field-hint field-count'}>
      {left < 0 ? t('charactersOver', { count: -left }) : t('charactersLeft', { count: left })}
    </p>
  )
}
