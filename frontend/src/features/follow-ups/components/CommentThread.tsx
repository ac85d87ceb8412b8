import type { FollowUpComment } from '@uppfoljning/contract'
import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { useFollowUpComments } from '@/api/get-follow-up-comments'
import { EmptyState } from '@/components/ui/EmptyState'
import { ErrorSummary } from '@/components/ui/ErrorSummary'
import { LoadError } from '@/components/ui/LoadError'
import { LoadingState } from '@/components/ui/LoadingState'
import { StatusMessage } from '@/components/ui/StatusMessage'
import { hasPersonnummer, TextArea } from '@/components/ui/TextArea'
import { formErrors, formErrorsFromApi, type FormErrors } from '@/lib/form-errors'
import { CONTENT_LANGUAGE, useLanguage } from '@/lib/i18n'
import { useAddFollowUpComment } from '../api/add-follow-up-comment'
import { formatDateTime } from '../format-time'

const BODY = 'follow-up-comment'
const MAX = 5000

/** The conversation about a follow-up, oldest first: the reviewer's comments and the organisation's answers. */
export function CommentThread({ followUpId, canComment }: { followUpId: number; canComment: boolean }) {
  const { t } = useTranslation('followUps')
  const comments = useFollowUpComments(followUpId)

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
    <section className="comments" aria-labelledby="comments-heading">
      <h2 id="comments-heading">{t('comments.heading')}</h2>
      {body}
      {canComment && <CommentForm followUpId={followUpId} />}
    </section>
  )
}

function Comment({ comment }: { comment: FollowUpComment }) {
  const { t } = useTranslation('followUps')
  const { t: tApp } = useTranslation()
  const { locale } = useLanguage()
  return (
    <li className={comment.author.role === 'coordinator' ? 'comment comment-answer' : 'comment'}>
      <p className="comment-meta">
        <strong lang={CONTENT_LANGUAGE}>{comment.author.name}</strong>, {tApp(`auth.roles.${comment.author.role}`)}
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
  const { t } = useTranslation('followUps')
  const { t: tApp } = useTranslation()
  const add = useAddFollowUpComment(followUpId)
  const [text, setText] = useState('')
  const [errors, setErrors] = useState<FormErrors | null>(null)
  const [attempt, setAttempt] = useState(0)
  const [sent, setSent] = useState(false)

  const fail = (found: FormErrors) => {
    setErrors(found)
    setAttempt((n) => n + 1)
  }

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    if (add.isPending) return
    const found = formErrors([
      [
        BODY,
        !text.trim() ? t('comments.missing') : hasPersonnummer(text) ? t('comments.personnummer') : text.trim().length > MAX ? t('comments.tooLong', { max: MAX }) : undefined,
      ],
    ])
    if (found) return fail(found)
    add.mutate(text.trim(), {
      onSuccess: () => {
        setText('')
        setErrors(null)
        setSent(true)
      },
      onError: (error) => fail(formErrorsFromApi(error, { fieldIds: { body: BODY }, fallbackFieldId: BODY, networkError: tApp('state.networkError'), unexplained: tApp('state.sendFailed') })),
    })
  }

  return (
    <form className="form comment-form" noValidate onSubmit={submit}>
      {errors && <ErrorSummary key={attempt} title={tApp('form.errorSummaryTitle')} items={errors.summary} />}
      <TextArea
        id={BODY}
        label={t('comments.label')}
        hint={t('comments.hint')}
        lang={CONTENT_LANGUAGE}
        value={text}
        onChange={(event) => {
          setText(event.target.value)
          setSent(false)
        }}
        error={errors?.fields[BODY]}
      />
      <StatusMessage>{sent ? t('comments.sent') : ''}</StatusMessage>
      <button type="submit" className="button" aria-disabled={add.isPending || undefined}>
        {add.isPending ? t('comments.sending') : t('comments.send')}
      </button>
    </form>
  )
}
