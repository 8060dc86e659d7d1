import { memo, useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { TEXT_FIELDS } from '../../../shared/domain/field-limits'
import { itemsOf, type Item } from '../../../shared/domain/items'
import { isStepId } from '../../../shared/domain/workshop'
import { addItem, convertParkingItem, updateItem, type ParkingTarget } from '../../db/item-repo'
import { saveNow } from '../../save/save-queue'
import { useNoticeStore } from '../../store/notice-store'
import { useUiStore } from '../../store/ui-store'
import { ItemList } from '../items/ItemList'
import { Modal } from '../../ui/Modal'
import { CheckboxField, TextField } from '../../ui/fields'
import { shorten } from '../../ui/text'
import './parking.css'
import { LimitedInput } from '../../ui/length-note'

const TARGETS: ParkingTarget[] = ['action', 'glossary', 'concern']

/**
 * Off-topic points, reachable from every step (SPEC §7), later turned into something useful.
 * Drawn again when the items change, not with every save of the workshop's own fields.
 */
export const ParkingLot = memo(function ParkingLot({ workshopId, items, section }: { workshopId: string; items: Item[]; section: string }) {
  const { t } = useTranslation()
  const open = useUiStore((s) => s.parkingOpen)
  const setOpen = useUiStore((s) => s.setParkingOpen)
  const showNotice = useNoticeStore((s) => s.show)
  const [draft, setDraft] = useState('')
  const parked = itemsOf(items, 'parking')
  const raisedIn = isStepId(section) ? section : 'overview'

  const park = (event: FormEvent) => {
    event.preventDefault()
    const text = draft.trim()
    if (!text) return
    setDraft('')
    void saveNow(() => addItem(workshopId, 'parking', { text, raisedIn }))
  }

  return (
    <Modal open={open} title={t('parking.title')} onClose={() => setOpen(false)}>
      {/* Not re-indented, to keep this change small: the audience view follows work in here. */}
      <div data-audience-focus="parking" className="contents">
      <p className="field-hint">{t('parking.intro')}</p>
      <form className="parking-add" onSubmit={park}>
        <label className="field grow">
          <span>{t('parking.new')}</span>
          <LimitedInput kind={TEXT_FIELDS.items.parking.text} noteId="parking-new-count" value={draft} autoFocus dir="auto" onChange={(e) => setDraft(e.target.value)} />
        </label>
        <button type="submit" className="button primary">
          {t('parking.park')}
        </button>
      </form>
      <ItemList
        label={t('parking.title')}
        items={parked}
        withAgreement={false}
        emptyText={t('parking.empty')}
        addLabel={t('parking.addEmpty')}
        describe={(t, item) => t('parking.describe', { text: shorten(item.text) })}
        onAdd={() => addItem(workshopId, 'parking', { raisedIn })}
        renderItem={(item) => (
          <div className="parking-item">
            <TextField limit={TEXT_FIELDS.items.parking.text} label={t('parking.point')} hideLabel value={item.text} onSave={(text) => updateItem<'parking'>(item.id, { text })} />
            <p className="field-hint">
              {t('parking.raisedIn', { step: item.raisedIn === 'overview' ? t('workshop.overview') : t(`steps.${item.raisedIn}.name`) })}
            </p>
            <div className="parking-actions">
              <CheckboxField label={t('parking.shown')} checked={item.shown} onSave={(shown) => updateItem<'parking'>(item.id, { shown })} />
              {TARGETS.map((target) => (
                <button
                  key={target}
                  type="button"
                  className="button small"
                  onClick={() =>
                    void saveNow(async () => {
                      await convertParkingItem(item.id, target)
                      showNotice({ message: (t) => t('parking.converted', { target: t(`parking.targets.${target}`) }) })
                    })
                  }
                >
                  → {t(`parking.targets.${target}`)}
                </button>
              ))}
            </div>
          </div>
        )}
      />
      </div>
      <div className="modal-actions">
        <button type="button" className="button" onClick={() => setOpen(false)}>
          {t('common.close')}
        </button>
      </div>
    </Modal>
  )
})
