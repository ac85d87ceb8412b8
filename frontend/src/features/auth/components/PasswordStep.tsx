import { LoginRequest } from '@uppfoljning/contract/auth'
import { useEffect } from 'react'
import { useTranslation } from 'react-i18next'
import { FormErrorSummary } from '@/components/ui/ErrorSummary'
import { FormScope, FormTextField } from '@/components/ui/FormFields'
import { useZodForm } from '@/lib/form'
import { setApiErrors, UI_MESSAGE } from '@/lib/form-errors'
import { useLogin } from '../api/login'
import { oidcLoginHref } from '../paths'

type Props = {
  returnTo: string
  oidcEnabled: boolean
  /** why the previous attempt failed before this page was shown (sign-in through the organisation) */
  initialProblem?: string
}

/** E-mail and password, checked by the contract's LoginRequest; the API's 401 and 429 are shown in the error summary, linked to the e-mail field. */
export function PasswordStep({ returnTo, oidcEnabled, initialProblem }: Props) {
  const { t } = useTranslation()
  const login = useLogin()
  const form = useZodForm(LoginRequest, {
    defaultValues: { email: '', password: '' },
    missing: { email: t('auth.signIn.emailMissing'), password: t('auth.signIn.passwordMissing') },
  })

  useEffect(() => {
    if (initialProblem) form.setError('root.initial', { type: UI_MESSAGE, message: initialProblem })
  }, [form, initialProblem])

  const submit = form.handleSubmit((body) =>
    login.mutate(body, {
      onError: (error) =>
        setApiErrors(form, error, { fallbackField: 'email', networkError: t('state.networkError'), unexplained: t('auth.signIn.failed') }),
    }),
  )

  return (
    <FormScope form={form} idPrefix="sign-in">
      <FormErrorSummary />
      <p>{t('auth.signIn.intro')}</p>
      <form
        className="form"
        noValidate
        onSubmit={(event) => {
          if (login.isPending) event.preventDefault()
          else void submit(event)
        }}
      >
        <FormTextField
          name="email"
          label={t('auth.signIn.email')}
          type="email"
          autoComplete="username"
          spellCheck={false}
          autoCapitalize="none"
        />
        <FormTextField name="password" label={t('auth.signIn.password')} type="password" autoComplete="current-password" />
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
    </FormScope>
  )
}
