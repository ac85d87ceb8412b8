import { useTranslation } from 'react-i18next'
import { useFollowUpComments } from '@/api/get-follow-up-comments'
import { LoadError } from '@/components/ui/LoadError'
import { LoadingState } from '@/components/ui/LoadingState'
import { formatDate } from '@/lib/format'
import { CONTENT_LANGUAGE, useLanguage } from '@/lib/i18n'

/** The conversation about the follow-up (reviewers' returns and the coordinators' answers), oldest first. */
export function CommentThread({ followUpId }: { followUpId: number }) {
  const { t } = useTranslation('review')
  const { locale } = useLanguage()
  const comments = useFollowUpComments(followUpId)
  let body
  if (comments.isPending) body = <LoadingState>{t('comments.loading')}</LoadingState>
  else if (comments.isError) body = <LoadError error={comments.error} onRetry={() => void comments.refetch()} />
  else if (comments.data.length === 0) body = <p className="review-meta">{t('comments.empty')}</p>
  else
    body = (
      <ol className="review-comments">
        {comments.data.map((comment) => (
          <li key={comment.id}>
            <p className="review-comment-by">
              <span lang={CONTENT_LANGUAGE}>{comment.author.name}</span>, {t(`comments.roles.${comment.author.role}`)},{' '}
              <time dateTime={comment.createdAt}>{formatDate(comment.createdAt, locale)}</time>
            </p>
            <p className="review-comment-body" lang={CONTENT_LANGUAGE}>
              {comment.body}
            </p>
          </li>
        ))}
      </ol>
    )
  return (
    <>
      <h3>{t('comments.heading')}</h3>
      {body}
    </>
  )
}
