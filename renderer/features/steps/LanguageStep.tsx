import { useTranslation } from 'react-i18next'
import { TEXT_FIELDS } from '../../../shared/domain/field-limits'
import { definitionSentence } from '../../../shared/domain/definitions'
import { CRITERION_KINDS, type ItemOf } from '../../../shared/domain/items'
import type { Workshop } from '../../../shared/domain/workshop'
import { addItem, itemsOf, updateItem } from '../../db/item-repo'
import { saveNow } from '../../save/save-queue'
import { updateWorkshopPart } from '../../db/workshop-repo'
import { undoLabel, useNoticeStore } from '../../store/notice-store'
import { AgreementToggle } from '../../ui/AgreementToggle'
import { ItemList } from '../items/ItemList'
import { NumberField, SelectField, TextField } from '../../ui/fields'
import { shorten } from '../../ui/text'
import { MqlExamples } from './MqlExamples'
import type { WorkshopData } from '../workshop/useWorkshopData'

export function LanguageStep({ workshop, items }: WorkshopData) {
  const { t } = useTranslation()
  return (
    <>
      <div className="columns two definitions">
        <Definition kind="mql" workshop={workshop} criteria={itemsOf(items, 'mqlCriterion')} />
        <Definition kind="sql" workshop={workshop} criteria={itemsOf(items, 'sqlCriterion')} />
      </div>
      <section className="card" aria-labelledby="glossary-title">
        <h2 id="glossary-title">{t('language.glossary.title')}</h2>
        <ItemList
          label={t('language.glossary.title')}
          items={itemsOf(items, 'glossary')}
          addLabel={t('language.glossary.add')}
          describe={(t, entry) => t('language.glossary.describe', { term: shorten(entry.term) })}
          onAdd={() => addItem(workshop.id, 'glossary')}
          renderItem={(entry: ItemOf<'glossary'>) => (
            <div className="grid-fields glossary-fields">
              <TextField
                limit={TEXT_FIELDS.items.glossary.term}
                label={t('language.glossary.term')}
                value={entry.term}
                autoFocus={entry.term === ''}
                onSave={(term) => updateItem<'glossary'>(entry.id, { term })}
              />
              <TextField
                limit={TEXT_FIELDS.items.glossary.definition}
                label={t('language.glossary.definition')}
                value={entry.definition}
                multiline
                rows={2}
                onSave={(definition) => updateItem<'glossary'>(entry.id, { definition })}
                className="span-2"
              />
            </div>
          )}
        />
      </section>
    </>
  )
}

type Criterion = ItemOf<'mqlCriterion'> | ItemOf<'sqlCriterion'>

function Definition({ kind, workshop, criteria }: { kind: 'mql' | 'sql'; workshop: Workshop; criteria: Criterion[] }) {
  const { t } = useTranslation()
  const showNotice = useNoticeStore((s) => s.show)
  const list = kind === 'mql' ? 'mqlCriterion' : 'sqlCriterion'
  const definition = workshop[kind]
  const threshold = kind === 'mql' ? workshop.mql.threshold : null
  const kindOptions = CRITERION_KINDS.map((k) => ({ value: k, label: t(`language.kinds.${k}`) }))

  const generate = async () => {
    const previous = definition.sentence
    const sentence = definitionSentence(kind, criteria, workshop.language, threshold)
    await updateWorkshopPart(workshop.id, kind, { sentence })
    if (previous.trim() && previous !== sentence) {
      showNotice({
        message: (t) => t('language.replaced'),
        actionLabel: undoLabel,
        action: () => updateWorkshopPart(workshop.id, kind, { sentence: previous })
      })
    }
  }

  return (
    <section className={`card definition ${definition.status === 'agreed' ? 'agreed' : ''}`} aria-labelledby={`${kind}-title`} data-audience-focus={kind === 'mql' ? 'mql' : undefined}>
      <div className="section-head">
        <h2 id={`${kind}-title`}>{t(`language.${kind}.title`)}</h2>
        <AgreementToggle
          status={definition.status}
          what={t(`language.${kind}.what`)}
          onChange={(status) => saveNow(() => updateWorkshopPart(workshop.id, kind, { status }))}
        />
      </div>
      <TextField
        limit={TEXT_FIELDS.definition.sentence}
        label={t('language.sentence')}
        multiline
        rows={4}
        value={definition.sentence}
        onSave={(sentence) => updateWorkshopPart(workshop.id, kind, { sentence })}
      />
      <button type="button" className="button small" title={t('language.generateHint')} onClick={() => void saveNow(generate)}>
        {t('language.generate')}
      </button>
      {kind === 'mql' && (
        <NumberField
          label={t('language.threshold')}
          value={threshold}
          kind="quantity"
          onSave={(value) => updateWorkshopPart(workshop.id, 'mql', { threshold: value })}
          className="compact"
        />
      )}
      <h3>{t('language.criteria')}</h3>
      <ItemList
        label={`${t(`language.${kind}.title`)}: ${t('language.criteria')}`}
        items={criteria}
        addLabel={t('language.addCriterion')}
        describe={(t, criterion) => t('language.describe', { text: shorten(criterion.text) })}
        onAdd={() => addItem(workshop.id, list, { kind: kind === 'mql' ? 'fit' : 'bant' })}
        renderItem={(criterion: Criterion) => (
          <div className="grid-fields criterion-fields">
            <TextField
              limit={TEXT_FIELDS.items[list].text}
              label={t('language.criterion')}
              value={criterion.text}
              multiline
              rows={1}
              autoFocus={criterion.text === ''}
              onSave={(text) => updateItem(criterion.id, { text })}
              className="span-3"
            />
            <SelectField
              label={t('language.kind')}
              value={criterion.kind}
              options={kindOptions}
              onSave={(value) => updateItem(criterion.id, { kind: value })}
            />
            <NumberField
              label={t('language.points')}
              value={criterion.points}
              kind="points"
              onSave={(points) => updateItem(criterion.id, { points })}
            />
          </div>
        )}
      />
      {kind === 'mql' && <MqlExamples workshop={workshop} criteria={criteria as ItemOf<'mqlCriterion'>[]} />}
    </section>
  )
}
