import type { FollowUp } from '@uppfoljning/contract'
import { useTranslation } from 'react-i18next'
import { useFollowUpComments } from '@/api/get-follow-up-comments'
import { formatDateTime } from '@/lib/format'
import { CONTENT_LANGUAGE, useLanguage } from '@/lib/i18n'

/**
 * A returned follow-up: the reviewer's latest comment at the top of the page, where it cannot be missed, and what
 * to do next (answer below, change, submit again).
 */
export function ReturnedNotice({ followUp, canAnswer }: { followUp: FollowUp; canAnswer: boolean }) {
  const { t } = useTranslation('followUps')
  const { locale } = useLanguage()
  const comments = useFollowUpComments(followUp.id)
  const latest = [...(comments.data ?? [])].reverse().find((c) => c.author.role !== 'coordinator')
  const body = latest?.body ?? followUp.reviewComment
  return (
    <section className="returned-notice" aria-labelledby="returned-heading">
      <h2 id="returned-heading">{t('returned.heading')}</h2>
      {body && (
        <figure>
          <blockquote className="long-text" lang={CONTENT_LANGUAGE}>
            {body}
          </blockquote>
          {latest && (
            <figcaption>
              <span lang={CONTENT_LANGUAGE}>{latest.author.name}</span>,{' '}
              <time dateTime={latest.createdAt}>{formatDateTime(latest.createdAt, locale)}</time>
            </figcaption>
          )}
        </figure>
      )}
      {canAnswer && <p>{t('returned.next')}</p>}
    </section>
  )
}
