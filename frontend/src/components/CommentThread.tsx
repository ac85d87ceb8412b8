// A follow-up's conversation (FollowUpComment): the reviewer's comments and the organisation's answers, oldest first,
// and, for whoever may comment (the follow-up's `can.comment`, from the server), a form for a new one. The follow-up
// page and the review page both show it.
import { FollowUpCommentCreate, type FollowUpComment } from '@uppfoljning/contract'
import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useAddFollowUpComment } from '@/api/add-follow-up-comment'
import { useFollowUpComments } from '@/api/get-follow-up-comments'
import { EmptyState } from '@/components/ui/EmptyState'
import { FormErrorSummary } from '@/components/ui/ErrorSummary'
import { FormScope, FormTextArea } from '@/components/ui/FormFields'
import { LoadError } from '@/components/ui/LoadError'
import { LoadingState } from '@/components/ui/LoadingState'
import { StatusMessage } from '@/components/ui/StatusMessage'
import { formatDateTime } from '@/lib/format'
import { useZodForm } from '@/lib/form'
import { setApiErrors } from '@/lib/form-errors'
import { CONTENT_LANGUAGE, useLanguage } from '@/lib/i18n'
import './comment-thread.css'

const BODY = 'follow-up-comment'

type Props = {
  followUpId: number
  /** whether the reader may add a comment (the follow-up's `can.comment`) */
  canComment: boolean
  /** the heading's level where the page places the thread */
  headingLevel?: 2 | 3
}

export function CommentThread({ followUpId, canComment, headingLevel = 2 }: Props) {
  const { t } = useTranslation()
  const comments = useFollowUpComments(followUpId)
  const Heading = `h${headingLevel}` as const

  let body
  if (comments.isPending) body = <LoadingState>{t('comments.loading')}</LoadingState>
  else if (comments.isError) body = <LoadError error={comments.error} onRetry={() => void comments.refetch()} />
  else if (comments.data.length === 0) body = <EmptyState>{t('comments.empty')}</EmptyState>
  else
    body = (
      <ol className="comment-thread">
        {comments.data.map((comment) => (
          <Comment key={comment.id} comment={comment} />
        ))}
      </ol>
    )

  return (
    <section className="comments" aria-labelledby={`comments-heading-${followUpId}`}>
      <Heading id={`comments-heading-${followUpId}`}>{t('comments.heading')}</Heading>
      {body}
      {canComment && <CommentForm followUpId={followUpId} />}
    </section>
  )
}

function Comment({ comment }: { comment: FollowUpComment }) {
  const { t } = useTranslation()
  const { locale } = useLanguage()
  return (
    <li className={comment.author.role === 'coordinator' ? 'comment comment-answer' : 'comment'}>
      <p className="comment-meta">
        <strong lang={CONTENT_LANGUAGE}>{comment.author.name}</strong>, {t(`auth.roles.${comment.author.role}`)}
        <span className="visually-hidden">{t('comments.wrote')}</span>{' '}
        <time dateTime={comment.createdAt}>{formatDateTime(comment.createdAt, locale)}</time>
      </p>
      <p className="long-text" lang={CONTENT_LANGUAGE}>
        {comment.body}
      </p>
    </li>
  )
}

function CommentForm({ followUpId }: { followUpId: number }) {
  const { t } = useTranslation()
  const add = useAddFollowUpComment()
  const [sent, setSent] = useState(false)
  const form = useZodForm(FollowUpCommentCreate, {
    defaultValues: { body: '' },
    missing: { body: t('comments.missing') },
    personnummer: () => t('comments.personnummer'),
  })
  // "sent" is said until the next comment is begun
  const { watch } = form
  useEffect(() => {
    const subscription = watch(() => setSent(false))
    return () => subscription.unsubscribe()
  }, [watch])

  const submit = form.handleSubmit(({ body }) => {
    if (add.isPending) return
    add.mutate(
      { followUpId, body },
      {
        onSuccess: () => {
          form.reset({ body: '' })
          setSent(true)
        },
        onError: (error) =>
          setApiErrors(form, error, { networkError: t('state.networkError'), unexplained: t('state.sendFailed'), fallbackField: 'body' }),
      },
    )
  })

  return (
    <FormScope form={form} idPrefix="follow-up-comment" ids={{ body: BODY }}>
      <form className="form comment-form" noValidate onSubmit={submit}>
        <FormErrorSummary />
        <FormTextArea name="body" label={t('comments.label')} hint={t('comments.hint')} lang={CONTENT_LANGUAGE} />
        <StatusMessage>{sent ? t('comments.sent') : ''}</StatusMessage>
        <button type="submit" className="button" aria-disabled={add.isPending || undefined}>
          {add.isPending ? t('comments.sending') : t('comments.send')}
        </button>
      </form>
    </FormScope>
  )
}
