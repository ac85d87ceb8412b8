import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { ErrorSummary } from '@/components/ui/ErrorSummary'
import { TextField } from '@/components/ui/TextField'
import { formErrors, formErrorsFromApi, type FormErrors } from '@/lib/form-errors'
import { useLogin } from '../api/login'
import { oidcLoginHref } from '../paths'

const EMAIL = 'sign-in-email'
const PASSWORD = 'sign-in-password'

type Props = {
  returnTo: string
  oidcEnabled: boolean
  /** why the previous attempt failed before this page was shown (sign-in through the organisation) */
  initialProblem?: string
}

/** E-mail and password; the API's 401 and 429 are shown in the error summary, linked to the e-mail field. */
export function PasswordStep({ returnTo, oidcEnabled, initialProblem }: Props) {
  const { t } = useTranslation()
  const login = useLogin()
  const [email, setEmail] = useState('')
  const [password, setPassword] = useState('')
  const [errors, setErrors] = useState<FormErrors | null>(initialProblem ? { fields: {}, summary: [{ message: initialProblem }] } : null)
  // a new summary per attempt, so that a repeated failure is announced and focused again
  const [attempt, setAttempt] = useState(0)

  const fail = (found: FormErrors) => {
    setErrors(found)
    setAttempt((n) => n + 1)
  }

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    if (login.isPending) return
    const missing = formErrors([
      [EMAIL, email.trim() ? undefined : t('auth.signIn.emailMissing')],
      [PASSWORD, password ? undefined : t('auth.signIn.passwordMissing')],
    ])
    if (missing) return fail(missing)
    login.mutate(
      { email: email.trim(), password },
      {
        onSuccess: () => setErrors(null),
        onError: (error) =>
          fail(
            formErrorsFromApi(error, {
              fieldIds: { email: EMAIL, password: PASSWORD },
              fallbackFieldId: EMAIL,
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
      <p>{t('auth.signIn.intro')}</p>
      <form className="form" noValidate onSubmit={submit}>
        <TextField
          id={EMAIL}
          label={t('auth.signIn.email')}
          type="email"
          autoComplete="username"
          spellCheck={false}
          autoCapitalize="none"
          value={email}
          onChange={(event) => setEmail(event.target.value)}
          error={errors?.fields[EMAIL]}
          errorPrefix={t('form.errorPrefix')}
        />
        <TextField
          id={PASSWORD}
          label={t('auth.signIn.password')}
          type="password"
          autoComplete="current-password"
          value={password}
          onChange={(event) => setPassword(event.target.value)}
          error={errors?.fields[PASSWORD]}
          errorPrefix={t('form.errorPrefix')}
        />
        <button type="submit" className="button" aria-disabled={login.isPending || undefined}>
          {login.isPending ? t('auth.signIn.submitting') : t('auth.signIn.submit')}
        </button>
      </form>
      {oidcEnabled && (
        <div className="sign-in-alternative">
          <p className="divider">{t('auth.signIn.or')}</p>
          <p>
            <a className="button button-secondary" href={oidcLoginHref(returnTo)}>
              {t('auth.signIn.oidc')}
            </a>
          </p>
          <p className="field-hint">{t('auth.signIn.oidcHint')}</p>
        </div>
      )}
      <p className="sign-in-help">{t('auth.signIn.help')}</p>
    </>
  )
}
