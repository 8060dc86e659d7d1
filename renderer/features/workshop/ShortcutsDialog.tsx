import { useTranslation } from 'react-i18next'
import { useUiStore } from '../../store/ui-store'
import { Modal } from '../../ui/Modal'

const SHORTCUTS = [
  ['nextStep', 'Alt + Page ↓'],
  ['previousStep', 'Alt + Page ↑'],
  ['addItem', 'Ctrl + Enter'],
  ['timer', 'Alt + T'],
  ['parking', 'Alt + P'],
  ['audience', 'Alt + A'],
  ['blank', 'Alt + B'],
  ['undo', 'Ctrl + Z'],
  ['redo', 'Ctrl + Shift + Z'],
  ['help', '?']
] as const

export function ShortcutsDialog() {
  const { t } = useTranslation()
  const open = useUiStore((s) => s.shortcutsOpen)
  const setOpen = useUiStore((s) => s.setShortcutsOpen)
  return (
    <Modal open={open} title={t('shortcuts.title')} onClose={() => setOpen(false)}>
      <table className="shortcut-table">
        <tbody>
          {SHORTCUTS.map(([name, keys]) => (
            <tr key={name}>
              <th scope="row">{t(`shortcuts.${name}`)}</th>
              <td>
                <kbd>{keys}</kbd>
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
}
