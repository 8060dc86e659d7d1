import { memo } from 'react'
import { useTranslation } from 'react-i18next'
import { useUiStore } from '../../store/ui-store'
import { Modal } from '../../ui/Modal'

const NAMED_KEYS = ['alt', 'ctrl', 'shift', 'enter', 'pageDown', 'pageUp', 'delete', 'digits'] as const
type NamedKey = (typeof NAMED_KEYS)[number]
type Key = NamedKey | 'T' | 'P' | 'A' | 'B' | 'Z' | '?' | 'F1'
const isNamed = (key: Key): key is NamedKey => (NAMED_KEYS as readonly string[]).includes(key)
type Action = 'nextStep' | 'previousStep' | 'addItem' | 'timer' | 'parking' | 'audience' | 'blank' | 'undo' | 'redo' | 'help'

/** Each shortcut as its keys; one row may offer alternatives (?, F1). */
const SHORTCUTS: ReadonlyArray<readonly [name: Action | 'rating', combos: ReadonlyArray<readonly Key[]>]> = [
  ['nextStep', [['alt', 'pageDown']]],
  ['previousStep', [['alt', 'pageUp']]],
  ['addItem', [['ctrl', 'enter']]],
  ['rating', [['digits'], ['delete']]],
  ['timer', [['alt', 'T']]],
  ['parking', [['alt', 'P']]],
  ['audience', [['alt', 'A']]],
  ['blank', [['alt', 'B']]],
  ['undo', [['ctrl', 'Z']]],
  ['redo', [['ctrl', 'shift', 'Z']]],
  ['help', [['?'], ['F1']]]
]

/** The shortcut list; it takes nothing from the workshop, so the workshop's saves never redraw it. */
export const ShortcutsDialog = memo(function ShortcutsDialog() {
  const { t } = useTranslation()
  const open = useUiStore((s) => s.shortcutsOpen)
  const setOpen = useUiStore((s) => s.setShortcutsOpen)
  return (
    <Modal open={open} title={t('shortcuts.title')} onClose={() => setOpen(false)}>
      <table className="shortcut-table">
        <tbody>
          {SHORTCUTS.map(([name, combos]) => (
            <tr key={name}>
              <th scope="row">{name === 'rating' ? t('layout.shortcutRating') : t(`shortcuts.${name}`)}</th>
              <td>
                {combos.map((keys, index) => (
                  <span key={index}>
                    {index > 0 && ` ${t('layout.keys.or')} `}
                    {/* Key names as printed on the person's keyboard: Strg, Umschalt, Bild ↓ in German. */}
                    <kbd>
                      {keys.map((key, i) => (
                        <span key={key}>
                          {i > 0 && ' + '}
                          <kbd>{isNamed(key) ? t(`layout.keys.${key}`) : key}</kbd>
                        </span>
                      ))}
                    </kbd>
                  </span>
                ))}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="field-hint">{t('shortcuts.clicker')}</p>
      <div className="modal-actions">
        <button type="button" className="button primary" onClick={() => setOpen(false)}>
          {t('common.close')}
        </button>
      </div>
    </Modal>
  )
})
