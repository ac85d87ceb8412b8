import { TotpVerify } from '@uppfoljning/contract/auth'
import { useEffect } from 'react'
import { useTranslation } from 'react-i18next'
import { FormErrorSummary } from '@/components/ui/ErrorSummary'
import { FormScope, FormTextField } from '@/components/ui/FormFields'
import { fromText, useZodForm } from '@/lib/form'
import { setApiErrors } from '@/lib/form-errors'
import { useLogout } from '../api/logout'
import { useVerifyTotp } from '../api/verify-totp'

/** The contract's TotpVerify; apps show the code as "123 456", so the spaces go before it is checked. */
const schema = TotpVerify.extend({ code: fromText(TotpVerify.shape.code, (text) => text.replace(/\s+/g, '')) })

/** The second step: the one-time code from the authenticator app (stage totp-required). */
export function TotpStep() {
  const { t } = useTranslation()
  const verify = useVerifyTotp()
  const cancel = useLogout({ stay: true })
  const form = useZodForm(schema, { defaultValues: { code: '' }, missing: { code: t('auth.totp.codeMissing') } })

  // the password step has just gone: carry on where the user now types
  useEffect(() => {
    form.setFocus('code')
  }, [form])

  const submit = form.handleSubmit((body) =>
    verify.mutate(body, {
      onError: (error) =>
        setApiErrors(form, error, { fallbackField: 'code', networkError: t('state.networkError'), unexplained: t('auth.signIn.failed') }),
    }),
  )

  return (
    <FormScope form={form} idPrefix="sign-in">
      <FormErrorSummary />
      <h2>{t('auth.totp.heading')}</h2>
      <p>{t('auth.totp.intro')}</p>
      <form
        className="form"
        noValidate
        onSubmit={(event) => {
          if (verify.isPending) event.preventDefault()
          else void submit(event)
        }}
      >
        <FormTextField
          name="code"
          label={t('auth.totp.code')}
          hint={t('auth.totp.codeHint')}
          className="field-input field-input-short"
          inputMode="numeric"
          autoComplete="one-time-code"
          spellCheck={false}
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
    </FormScope>
  )
}
