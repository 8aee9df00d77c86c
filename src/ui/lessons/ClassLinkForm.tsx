import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LessonId } from '../../experiment/lessons/lesson-presets';
import { LESSON_IDS, isLessonId } from '../../experiment/lessons/lesson-presets';
import { encodeSpecToHash } from '../../experiment/share-link';
import { currentLanguage } from '../i18n/i18n';
import { useAppState } from '../shared/store-context';
import type { ClassControl } from '../shared/class-controls';
import { CLASS_CONTROLS, classControlLabel } from '../shared/class-controls';
import { classLink } from './class-link';

interface ClassLinkFormProps {
  /** The id the dialog names itself by: the form's heading. */
  headingId: string;
  /** What is on screen when the dialog opens: the form starts from it. */
  lesson: LessonId | null;
  presenting: boolean;
}

/**
 * The Class link dialog's form: the teacher ticks what students should not see, picks the lesson
 * and presenter mode, and copies a link that opens the experiment exactly so (TensorFlow
 * Playground's checklist). It mounts each time the dialog opens, so it starts from the screen.
 */
export function ClassLinkForm({ headingId, lesson, presenting }: ClassLinkFormProps) {
  const { t } = useTranslation('lessons');
  const spec = useAppState((s) => s.spec);
  const [chosenLesson, setChosenLesson] = useState<string>(lesson ?? '');
  const [present, setPresent] = useState(presenting);
  const [hide, setHide] = useState<ReadonlySet<ClassControl>>(new Set());
  const [copied, setCopied] = useState<'copied' | 'failed' | null>(null);
  const ids = { heading: headingId, lesson: useId(), link: useId(), present: useId() };
  const linkedLesson = isLessonId(chosenLesson) ? chosenLesson : null;
  // A lesson brings its own experiment; without one, the link carries the builder's. Students
  // open it in the language on screen.
  const link = classLink(window.location.href, linkedLesson ? '' : encodeSpecToHash(spec), {
    lesson: linkedLesson,
    present,
    hide,
    language: currentLanguage(),
  });
  const toggle = (name: ClassControl, on: boolean) =>
    setHide((previous) => {
      const next = new Set(previous);
      if (on) next.add(name);
      else next.delete(name);
      return next;
    });
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(link);
      setCopied('copied');
    } catch {
      setCopied('failed');
    }
  };
  return (
    <form method="dialog">
      <h2 id={ids.heading}>{t('classLink.heading')}</h2>
      <p className="panel-text">{t('classLink.intro')}</p>
      <div className="fields">
        <div className="field">
          <label htmlFor={ids.lesson}>{t('classLink.lesson')}</label>
          <select
            id={ids.lesson}
            value={chosenLesson}
            onChange={(e) => setChosenLesson(e.target.value)}
          >
            <option value="">{t('classLink.noLesson')}</option>
            {LESSON_IDS.map((id) => (
              <option key={id} value={id}>
                {t(`texts.${id}.title`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field checkbox">
          <label htmlFor={ids.present}>
            <input
              id={ids.present}
              type="checkbox"
              checked={present}
              onChange={(e) => setPresent(e.target.checked)}
            />
            {t('classLink.present')}
          </label>
        </div>
      </div>
      <fieldset className="hide-controls">
        <legend>{t('classLink.hide')}</legend>
        <ul>
          {CLASS_CONTROLS.map((control) => (
            <li key={control}>
              <label>
                <input
                  type="checkbox"
                  checked={hide.has(control)}
                  onChange={(e) => toggle(control, e.target.checked)}
                />
                {classControlLabel(control)}
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
      <div className="field">
        <label htmlFor={ids.link}>{t('classLink.link')}</label>
        <input id={ids.link} readOnly value={link} onFocus={(e) => e.target.select()} />
      </div>
      <p className="hint" role="status">
        {copied === 'copied'
          ? t('classLink.copied')
          : copied === 'failed'
            ? t('classLink.copyFailed')
            : ''}
      </p>
      <div className="actions">
        <button type="button" className="primary" onClick={() => void copy()}>
          {t('classLink.copy')}
        </button>
        <button type="submit">{t('classLink.close')}</button>
      </div>
    </form>
  );
}
