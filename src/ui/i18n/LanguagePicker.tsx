import { useTranslation } from 'react-i18next';
import { LANGUAGES, LANGUAGE_NAMES, isLanguage } from './languages';
import { currentLanguage } from './i18n';

/** The header's language menu: each language named in itself; the choice is remembered. */
export function LanguagePicker() {
  const { t, i18n } = useTranslation();
  return (
    <label className="language-picker">
      <span>{t('language.label')}</span>
      <select
        value={currentLanguage()}
        onChange={(event) => {
          const language = event.target.value;
          if (isLanguage(language)) void i18n.changeLanguage(language);
        }}
      >
        {LANGUAGES.map((language) => (
          <option key={language} value={language} lang={language}>
            {LANGUAGE_NAMES[language]}
          </option>
        ))}
      </select>
    </label>
  );
}
