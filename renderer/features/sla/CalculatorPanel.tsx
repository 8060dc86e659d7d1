import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useUiLanguage } from '../../i18n/ui-language'
import { computeFunnel, MONEY_INPUTS, type FunnelProblem, type FunnelResult } from '../../../shared/domain/funnel'
import { PERIODS, type ItemOf, type Period } from '../../../shared/domain/items'
import type { Language } from '../../../shared/domain/language'
import type { FunnelInputs, Workshop } from '../../../shared/domain/workshop'
import { saveNow } from '../../save/save-queue'
import { planFunnelTargets } from '../../../shared/domain/funnel-targets'
import { applyFunnelTargets } from '../../db/target-repo'
import { updateWorkshopPart } from '../../db/workshop-repo'
import { useNoticeStore } from '../../store/notice-store'
import { ConfirmDialog } from '../../ui/ConfirmDialog'
import { NumberField, SelectField } from '../../ui/fields'
import type { NumberKind } from '../../../shared/domain/numbers'
import { funnelResultRows } from './funnel-rows'
import { useReadOnly } from '../../ui/read-only'

type NumericInput = Exclude<keyof FunnelInputs, 'period'>
const RATES: NumericInput[] = ['visitToLead', 'leadToMql', 'mqlToSql', 'sqlToCustomer', 'leadToCustomer']
const KIND_OF: Record<NumericInput, NumberKind> = {
  revenueGoal: 'quantity',
  dealSize: 'quantity',
  marketingShare: 'rate',
  reps: 'positiveCount',
  visitToLead: 'rate',
  leadToMql: 'rate',
  mqlToSql: 'rate',
  sqlToCustomer: 'rate',
  leadToCustomer: 'rate'
}

export function CalculatorPanel({ workshop, targets, commitments }: { workshop: Workshop; targets: ItemOf<'target'>[]; commitments: ItemOf<'commitment'>[] }) {
  const { t } = useTranslation()
  const readOnly = useReadOnly()
  const showNotice = useNoticeStore((s) => s.show)
  const [confirming, setConfirming] = useState<string[] | null>(null)
  const language = useUiLanguage()
  const inputs = workshop.funnel
  const outcome = computeFunnel(inputs)
  const problems: FunnelProblem[] = outcome.ok ? outcome.warnings : outcome.problems
  // An empty field is not a mistake: it is listed calmly under the results, never in red.
  const problemOf = (field: NumericInput) =>
    problems.find((p) => p.field === field && p.code !== 'inconsistentLeadToCustomer' && p.code !== 'required')
  const missing = outcome.ok ? [] : outcome.problems.filter((p) => p.code === 'required')
  const errors = outcome.ok ? [] : outcome.problems.filter((p) => p.code !== 'required')
  const fieldLabel = (field: FunnelProblem['field']) => t(`sla.calculator.${field === 'period' ? 'period' : field}`)
  const save = (patch: Partial<FunnelInputs>) => updateWorkshopPart(workshop.id, 'funnel', patch)
  const periodLabel = t(`sla.targets.periods.${inputs.period}`)

  const field = (name: NumericInput, unit: string) => {
    const problem = problemOf(name)
    return (
      <NumberField
        key={name}
        label={t(`sla.calculator.${name}`)}
        value={inputs[name]}
        unit={unit}
        money={MONEY_INPUTS.includes(name)}
        kind={KIND_OF[name]}
        onSave={(value) => save({ [name]: value })}
        hint={problem ? t(`sla.calculator.problems.${problem.code}`) : undefined}
        className={problem ? 'has-problem' : undefined}
      />
    )
  }

  const apply = async (values: FunnelResult) => {
    await applyFunnelTargets(workshop.id, inputs.period, values, language)
    showNotice({ message: (t) => t('sla.calculator.applied') })
  }
  const requestApply = () => {
    if (!outcome.ok) return
    const { overwritten } = planFunnelTargets(targets, inputs.period, outcome.values, language, workshop.currency, commitments)
    if (overwritten.length > 0) setConfirming(overwritten)
    else void saveNow(() => apply(outcome.values))
  }

  return (
    <section className="card calculator" aria-labelledby="calculator-title" data-audience-focus="calculator">
      <h2 id="calculator-title">{t('sla.calculator.title')}</h2>
      <p className="section-intro">{t('sla.calculator.intro')}</p>
      <div className="calculator-grid">
        <div>
          <h3>{t('sla.calculator.inputs')}</h3>
          <SelectField<Period>
            label={t('sla.calculator.period')}
            value={inputs.period}
            options={PERIODS.map((p) => ({ value: p, label: t(`sla.targets.periods.${p}`) }))}
            onSave={(period) => save({ period })}
          />
          {MONEY_INPUTS.map((name) => field(name, workshop.currency))}
          {field('marketingShare', '%')}
          {field('reps', '')}
          <h3>{t('sla.calculator.rates')}</h3>
          {RATES.map((name) => field(name, '%'))}
        </div>
        <div className="calculator-results" aria-live="polite">
          <h3>{t('sla.calculator.results')}</h3>
          {outcome.ok ? (
            <FunnelResults values={outcome.values} currency={workshop.currency} language={language} />
          ) : (
            <>
              {errors.length > 0 && (
                <ul className="problems">
                  {errors.map((p) => (
                    <li key={`${p.field}-${p.code}`}>
                      <strong>{fieldLabel(p.field)}:</strong> {t(`sla.calculator.problems.${p.code}`)}
                    </li>
                  ))}
                </ul>
              )}
              {missing.length > 0 && (
                <p className="calculator-missing">
                  {t('layout.calculatorMissing', { count: missing.length, list: missing.map((p) => fieldLabel(p.field)).join(', ') })}
                </p>
              )}
            </>
          )}
          {outcome.ok && outcome.warnings.some((w) => w.code === 'inconsistentLeadToCustomer') && (
            <p className="row-warning">⚠ {t('sla.calculator.problems.inconsistentLeadToCustomer')}</p>
          )}
          <p className="field-hint">{t('sla.calculator.roundedUp')}</p>
          {!readOnly && (
            <button type="button" className="button primary" disabled={!outcome.ok} onClick={requestApply}>
              {t('sla.calculator.useAsTargets', { period: periodLabel })}
            </button>
          )}
        </div>
      </div>
      <ConfirmDialog
        open={confirming !== null}
        title={t('sla.calculator.overwriteTitle')}
        message={t('sla.calculator.overwriteBody', { list: (confirming ?? []).join(', ') })}
        confirmLabel={t('sla.calculator.overwrite')}
        onCancel={() => setConfirming(null)}
        onConfirm={() => {
          setConfirming(null)
          if (outcome.ok) void saveNow(() => apply(outcome.values))
        }}
      />
    </section>
  )
}

function FunnelResults({ values, currency, language }: { values: FunnelResult; currency: string; language: Language }) {
  const { t } = useTranslation()
  const rows = funnelResultRows(values, t, language, currency, `— ${t('sla.calculator.notComputable')}`)
  return (
    <dl className="results">
      {rows.map(([label, value]) => (
        <div key={label}>
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  )
}
