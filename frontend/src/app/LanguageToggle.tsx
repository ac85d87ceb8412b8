import { useTranslation } from 'react-i18next'
import { changeLanguage, languages, useLanguage } from '@/lib/i18n'

/** Svenska / English: two buttons, the current one pressed; each named in its own language. */
export function LanguageToggle() {
  const { t } = useTranslation()
  const { language } = useLanguage()
  return (
    <div className="language-toggle" role="group" aria-label={t('app.languageLabel')}>
      {languages.map((l) => (
        <button key={l.code} type="button" lang={l.code} aria-pressed={l.code === language} onClick={() => changeLanguage(l.code)}>
          {l.name}
        </button>
      ))}
    </div>
  )
}
