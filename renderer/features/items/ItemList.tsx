import type { TFunction } from 'i18next'
import { memo, type ReactNode } from 'react'
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
  /** Draws one item's fields; called again for a row only when its item or place changed, or this function did. */
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
 *
 * A row is drawn again only when its item, its place or what it is drawn with changed: pass
 * `describe` and `renderItem` as the same functions from render to render (module functions, or
 * useCallback), and typing in one item redraws that item's row, not the whole list (issue 14).
 */
export function ItemList<T extends Item>(props: ItemListProps<T>) {
  const lockedByContext = useReadOnly()
  const { items, ordered = false, withAgreement = true } = props
  const readOnly = Boolean(props.readOnly) || lockedByContext

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
          <ItemRow
            key={item.id}
            item={item}
            index={index}
            last={index === items.length - 1}
            ordered={ordered}
            withAgreement={withAgreement}
            readOnly={readOnly}
            describe={props.describe}
            renderItem={props.renderItem}
          />
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

interface ItemRowProps<T extends Item> extends Pick<ItemListProps<T>, 'describe' | 'renderItem'> {
  item: T
  index: number
  last: boolean
  ordered: boolean
  withAgreement: boolean
  readOnly: boolean
}

/** One item with its controls, drawn again only when a prop changed; memo() drops the type parameter, the cast gives it back. */
const ItemRow = memo(function ItemRow<T extends Item>({ item, index, last, ordered, withAgreement, readOnly, describe, renderItem }: ItemRowProps<T>) {
  const { t } = useTranslation()
  const showNotice = useNoticeStore((s) => s.show)
  const what = describe(t, item, index)

  const remove = async () => {
    const removed = await removeItem(item.id)
    if (removed) {
      showNotice({
        message: (t) => t('lists.removed', { what: describe(t, item, index) }),
        actionLabel: undoLabel,
        action: () => restoreItem(removed)
      })
    }
  }

  return (
    <li className={`item ${item.status === 'agreed' ? 'agreed' : ''}`} data-item-id={item.id}>
      {ordered && (
        <span className="item-number" aria-hidden="true">
          {index + 1}
        </span>
      )}
      <div className="item-fields">{renderItem(item, index)}</div>
      {readOnly && withAgreement && (
        <span className={`status-badge ${item.status}`}>{item.status === 'agreed' ? t('agreement.agreed') : t('agreement.proposed')}</span>
      )}
      {!readOnly && (
        <div className="item-controls">
          {withAgreement && (
            <AgreementToggle status={item.status} what={what} onChange={(status) => saveNow(() => updateItem(item.id, { status }))} />
          )}
          {ordered && (
            <>
              <button
                type="button"
                className="button small quiet icon"
                disabled={index === 0}
                aria-label={`${t('common.moveUp')}: ${what}`}
                title={t('common.moveUp')}
                onClick={() => void saveNow(() => moveItem(item.id, -1))}
              >
                ↑
              </button>
              <button
                type="button"
                className="button small quiet icon"
                disabled={last}
                aria-label={`${t('common.moveDown')}: ${what}`}
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
            aria-label={`${t('common.remove')}: ${what}`}
            title={t('common.remove')}
            onClick={() => void saveNow(remove)}
          >
            ✕
          </button>
        </div>
      )}
    </li>
  )
}) as <T extends Item>(props: ItemRowProps<T>) => React.JSX.Element
