import type { TFunction } from 'i18next'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import type { Item } from '../../../shared/domain/items'
import { moveItem, removeItem, restoreItem, updateItem } from '../../db/item-repo'
import { saveNow } from '../../save/save-queue'
import { undoLabel, useNoticeStore } from '../../store/notice-store'
import { AgreementToggle } from '../../ui/AgreementToggle'
import { useReadOnly } from '../../ui/read-only'
import '../../ui/items.css'

interface ItemListProps<T extends Item> {
  /** Accessible name of the list, e.g. "Lifecycle stages". */
  label: string
  items: readonly T[]
  /** What the "Add" button says, e.g. "Add stage". */
  addLabel: string
  onAdd(): Promise<unknown>
  /**
   * A short name of one item for buttons and notices ("stage 3", "the card"), in the words of `t`:
   * a notice tells it again when the language changes, so it must not use a `t` of its own.
   */
  describe(t: TFunction, item: T, index: number): string
  renderItem(item: T, index: number): ReactNode
  ordered?: boolean
  withAgreement?: boolean
  emptyText?: string
  layout?: 'rows' | 'cards'
  readOnly?: boolean
}

/**
 * The common shape of every list the room fills: items in order, each with its fields,
 * agreement mark, move and remove buttons, and one "Add" button at the end.
 */
export function ItemList<T extends Item>(props: ItemListProps<T>) {
  const { t } = useTranslation()
  const showNotice = useNoticeStore((s) => s.show)
  const lockedByContext = useReadOnly()
  const { items, ordered, withAgreement = true } = props
  const readOnly = props.readOnly || lockedByContext

  const remove = async (item: T, index: number) => {
    const removed = await removeItem(item.id)
    if (removed) {
      showNotice({
        message: (t) => t('lists.removed', { what: props.describe(t, item, index) }),
        actionLabel: undoLabel,
        action: () => restoreItem(removed)
      })
    }
  }

  return (
    <div
      className={`item-list ${props.layout ?? 'rows'}`}
      onKeyDown={(event) => {
        // Ctrl+Enter in any field of the list adds the next item (SPEC §7 keyboard).
        if (!readOnly && event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
          event.preventDefault()
          void saveNow(props.onAdd)
        }
      }}
    >
      {items.length === 0 && props.emptyText && <p className="empty-list">{props.emptyText}</p>}
      <ol aria-label={props.label} className={ordered ? 'numbered' : undefined}>
        {items.map((item, index) => (
          <li key={item.id} className={`item ${item.status === 'agreed' ? 'agreed' : ''}`} data-item-id={item.id}>
            {ordered && (
              <span className="item-number" aria-hidden="true">
                {index + 1}
              </span>
            )}
            <div className="item-fields">{props.renderItem(item, index)}</div>
            {readOnly && withAgreement && (
              <span className={`status-badge ${item.status}`}>
                {item.status === 'agreed' ? t('agreement.agreed') : t('agreement.proposed')}
              </span>
            )}
            {!readOnly && (
              <div className="item-controls">
                {withAgreement && (
                  <AgreementToggle
                    status={item.status}
                    what={props.describe(t, item, index)}
                    onChange={(status) => saveNow(() => updateItem(item.id, { status }))}
                  />
                )}
                {ordered && (
                  <>
                    <button
                      type="button"
                      className="button small quiet icon"
                      disabled={index === 0}
                      aria-label={`${t('common.moveUp')}: ${props.describe(t, item, index)}`}
                      title={t('common.moveUp')}
                      onClick={() => void saveNow(() => moveItem(item.id, -1))}
                    >
                      ↑
                    </button>
                    <button
                      type="button"
                      className="button small quiet icon"
                      disabled={index === items.length - 1}
                      aria-label={`${t('common.moveDown')}: ${props.describe(t, item, index)}`}
                      title={t('common.moveDown')}
                      onClick={() => void saveNow(() => moveItem(item.id, 1))}
                    >
                      ↓
                    </button>
                  </>
                )}
                <button
                  type="button"
                  className="button small quiet icon danger"
                  aria-label={`${t('common.remove')}: ${props.describe(t, item, index)}`}
                  title={t('common.remove')}
                  onClick={() => void saveNow(() => remove(item, index))}
                >
                  ✕
                </button>
              </div>
            )}
          </li>
        ))}
      </ol>
      {!readOnly && (
        <button type="button" className="button add-button" onClick={() => void saveNow(props.onAdd)}>
          <span aria-hidden="true">+</span> {props.addLabel}
        </button>
      )}
    </div>
  )
}
