import { useEffect, useRef, useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { ErrorSummary } from '@/components/ui/ErrorSummary'
import { TextField } from '@/components/ui/TextField'
import { formErrors, formErrorsFromApi, type FormErrors } from '@/lib/form-errors'
import { useLogout } from '../api/logout'
import { useVerifyTotp } from '../api/verify-totp'

const CODE = 'sign-in-code'

/** The second step: the one-time code from the authenticator app (stage totp-required). */
export function TotpStep() {
  const { t } = useTranslation()
  const verify = useVerifyTotp()
  const cancel = useLogout({ stay: true })
  const [code, setCode] = useState('')
  const [errors, setErrors] = useState<FormErrors | null>(null)
  const [attempt, setAttempt] = useState(0)
  const input = useRef<HTMLInputElement>(null)

  // the password step has just gone: carry on where the user now types
  useEffect(() => {
    input.current?.focus()
  }, [])

  const fail = (found: FormErrors) => {
    setErrors(found)
    setAttempt((n) => n + 1)
  }

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    if (verify.isPending) return
    // apps show the code as "123 456"
    const digits = code.replace(/\s+/g, '')
    const missing = formErrors([[CODE, digits ? undefined : t('auth.totp.codeMissing')]])
    if (missing) return fail(missing)
    verify.mutate(
      { code: digits },
      {
        onError: (error) =>
          fail(
            formErrorsFromApi(error, {
              fieldIds: { code: CODE },
              fallbackFieldId: CODE,
              networkError: t('state.networkError'),
              unexplained: t('auth.signIn.failed'),
            }),
          ),
      },
    )
  }

  return (
    <>
      {errors && <ErrorSummary key={attempt} title={t('form.errorSummaryTitle')} items={errors.summary} />}
      <h2>{t('auth.totp.heading')}</h2>
      <p>{t('auth.totp.intro')}</p>
      <form className="form" noValidate onSubmit={submit}>
        <TextField
          ref={input}
          id={CODE}
          label={t('auth.totp.code')}
          hint={t('auth.totp.codeHint')}
          className="field-input field-input-short"
          inputMode="numeric"
          autoComplete="one-time-code"
          spellCheck={false}
          value={code}
          onChange={(event) => setCode(event.target.value)}
          error={errors?.fields[CODE]}
          errorPrefix={t('form.errorPrefix')}
        />
        <div className="form-actions">
          <button type="submit" className="button" aria-disabled={verify.isPending || undefined}>
            {t('auth.totp.submit')}
          </button>
          <button type="button" className="button button-secondary" onClick={() => cancel.mutate()}>
            {t('auth.totp.cancel')}
          </button>
        </div>
      </form>
    </>
  )
}
