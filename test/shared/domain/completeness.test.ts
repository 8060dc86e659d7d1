import { describe, expect, it } from 'vitest'
import { checkCompleteness, hasBlockingFindings, NAMED_OPEN_ITEMS, toOpenItems, type Finding, type FindingCode } from '../../../shared/domain/completeness'
import { findingText } from '../../../shared/domain/finding-texts'
import { itemsOf, type ItemOf, type ListKind } from '../../../shared/domain/items'
import { completeDraft, copy, type Draft } from './sla-fixture'

/** The findings of a complete draft after one change. */
function after(change: (draft: Draft) => void): Finding[] {
  const draft = copy(completeDraft())
  change(draft)
  return checkCompleteness(draft)
}

const codes = (findings: readonly Finding[]) => findings.map((f) => f.code)

/** The draft's items of one list — the same objects, so a test can change them in place. */
function only<K extends ListKind>(draft: Draft, list: K): ItemOf<K>[] {
  return itemsOf(draft.items, list)
}

function first<K extends ListKind>(draft: Draft, list: K): ItemOf<K> {
  const item = only(draft, list)[0]
  if (!item) throw new Error(`no ${list} in the fixture`)
  return item
}

function findingOf(findings: readonly Finding[], code: FindingCode): Finding {
  const finding = findings.find((f) => f.code === code)
  if (!finding) throw new Error(`expected ${code} in ${codes(findings).join(', ')}`)
  return finding
}

describe('completeness check', () => {
  it('finds nothing in a complete workshop', () => {
    const findings = checkCompleteness(completeDraft())
    expect(findings).toEqual([])
    expect(hasBlockingFindings(findings)).toBe(false)
  })

  it('reports a missing MQL definition only when both sentence and criteria are empty', () => {
    const noSentence = after((d) => (d.workshop.mql.sentence = '  '))
    // The fixture has no MQL criteria, so an empty sentence leaves no definition at all.
    expect(findingOf(noSentence, 'noMqlDefinition')).toEqual({ code: 'noMqlDefinition', severity: 'blocking', step: 'language', anchor: 'mql-title', params: {} })
    const withCriterion = after((d) => {
      d.workshop.mql.sentence = ''
      d.items.push({ id: 'c1', workshopId: 'w1', list: 'mqlCriterion', order: 0, status: 'agreed', text: 'Industry: machinery', kind: 'fit', points: 10 })
    })
    expect(codes(withCriterion)).not.toContain('noMqlDefinition')
  })

  it('reports a missing SQL definition', () => {
    const findings = after((d) => {
      d.workshop.sql.sentence = ''
      d.items = d.items.filter((item) => item.list !== 'sqlCriterion')
    })
    expect(findingOf(findings, 'noSqlDefinition')).toMatchObject({ severity: 'blocking', step: 'language', anchor: 'sql-title' })
    // The default BANT criteria alone are a definition.
    expect(codes(after((d) => (d.workshop.sql.sentence = '')))).not.toContain('noSqlDefinition')
  })

  it('does not also say "not agreed" about a definition that is missing', () => {
    const findings = after((d) => {
      d.workshop.mql = { sentence: '', threshold: null, status: 'proposed' }
    })
    expect(findings.filter((f) => f.code === 'notAgreed')).toEqual([])
  })

  it('needs a first-contact commitment with a value', () => {
    const noValue = after((d) => (first(d, 'commitment').value = null))
    expect(findingOf(noValue, 'noFirstContactCommitment')).toMatchObject({ severity: 'blocking', step: 'sla', anchor: 'commitments' })
    expect(findingOf(noValue, 'commitmentWithoutValue').params).toEqual({ position: 1, description: first(completeDraft(), 'commitment').description })
    const removed = after((d) => (d.items = d.items.filter((item) => !(item.list === 'commitment' && item.kind === 'firstContact'))))
    expect(codes(removed)).toEqual(['noFirstContactCommitment'])
  })

  it('names a commitment without a value by its position and description', () => {
    const findings = after((d) => {
      const attempts = only(d, 'commitment').find((c) => c.kind === 'attempts')!
      attempts.value = null
    })
    expect(findings).toEqual([
      {
        code: 'commitmentWithoutValue',
        severity: 'blocking',
        step: 'sla',
        anchor: 'commitments',
        params: { position: 3, description: 'Contact attempts per MQL, spread over 10 working days' }
      }
    ])
  })

  it('counts positions in list order, not in storage order', () => {
    const findings = after((d) => {
      const commitments = only(d, 'commitment')
      commitments[0]!.order = 1000 // the first-contact commitment moved to the end
      commitments[1]!.value = null
      d.items.reverse()
    })
    expect(findingOf(findings, 'commitmentWithoutValue').params.position).toBe(1)
  })

  it('needs targets, each with an owning team and a value', () => {
    expect(codes(after((d) => (d.items = d.items.filter((item) => item.list !== 'target'))))).toEqual(['noTargets'])
    const noTeam = after((d) => (first(d, 'target').team = null))
    expect(noTeam).toEqual([
      { code: 'targetWithoutTeam', severity: 'blocking', step: 'sla', anchor: 'targets', params: { position: 1, metric: 'MQLs handed to sales', period: 'quarter' } }
    ])
    const noValue = after((d) => (only(d, 'target')[1]!.value = null))
    expect(noValue).toEqual([
      { code: 'targetWithoutValue', severity: 'blocking', step: 'sla', anchor: 'targets', params: { position: 2, metric: 'Leads worked per sales rep', period: 'quarter' } }
    ])
  })

  it('needs exactly one accountable team and at least one doing the work per activity', () => {
    const activity = 'Attracting relevant website traffic (inbound)'
    const nobody = after((d) => (first(d, 'raci').raci = { marketing: 'C', sales: 'I', management: '' }))
    expect(nobody).toEqual([
      { code: 'raciNobodyResponsible', severity: 'blocking', step: 'sla', anchor: 'raci', params: { position: 1, activity } },
      { code: 'raciNoAccountable', severity: 'blocking', step: 'sla', anchor: 'raci', params: { position: 1, activity } }
    ])
    const onlyR = after((d) => (first(d, 'raci').raci = { marketing: 'R', sales: 'R', management: 'I' }))
    expect(codes(onlyR)).toEqual(['raciNoAccountable'])
    const twoA = after((d) => (first(d, 'raci').raci = { marketing: 'AR', sales: 'A', management: 'I' }))
    expect(twoA).toEqual([
      { code: 'raciSeveralAccountable', severity: 'blocking', step: 'sla', anchor: 'raci', params: { position: 1, activity, count: 2 } }
    ])
    // "Hand over MQLs: Marketing A, Sales I" names an owner but nobody who does the work.
    expect(codes(after((d) => (first(d, 'raci').raci = { marketing: 'A', sales: 'I', management: '' })))).toEqual(['raciNobodyResponsible'])
    // One team may hold both: it owns the result and does the work itself.
    expect(after((d) => (first(d, 'raci').raci = { marketing: 'AR', sales: 'I', management: '' }))).toEqual([])
    expect(after((d) => (first(d, 'raci').raci = { marketing: 'A', sales: 'R', management: 'R' }))).toEqual([])
  })

  it('warns about each step before signing that is not completed, but not about Step 4 itself', () => {
    const findings = after((d) => {
      d.workshop.steps.closedLoop.completed = false
      d.workshop.steps.keepAtIt.completed = false
    })
    expect(findings).toEqual([
      { code: 'stepNotCompleted', severity: 'warning', step: 'closedLoop', anchor: 'step-title-closedLoop', params: { step: 'closedLoop' } },
      { code: 'stepNotCompleted', severity: 'warning', step: 'keepAtIt', anchor: 'step-title-keepAtIt', params: { step: 'keepAtIt' } }
    ])
    expect(completeDraft().workshop.steps.sla.completed).toBe(false)
  })

  it('needs a signatory from marketing and one from sales', () => {
    const noMarketing = after((d) => (d.participants[0]!.signsSla = false))
    expect(noMarketing).toEqual([{ code: 'noMarketingSignatory', severity: 'blocking', step: 'overview', anchor: 'participants-title', params: {} }])
    // A sales person who does not sign does not count.
    const noSales = after((d) => (d.participants[1]!.signsSla = false))
    expect(codes(noSales)).toEqual(['noSalesSignatory'])
    const managementOnly = after((d) => {
      d.participants.forEach((p) => (p.signsSla = p.team === 'management'))
    })
    expect(codes(managementOnly)).toEqual(['noMarketingSignatory', 'noSalesSignatory'])
  })

  it('needs a name for every signatory', () => {
    const findings = after((d) => {
      d.participants[1]!.name = ' '
      d.participants[2]!.name = '' // not a signatory: no finding
    })
    expect(findings).toEqual([
      { code: 'signatoryWithoutName', severity: 'blocking', step: 'overview', anchor: 'participants-title', params: { position: 2, role: 'Head of sales', team: 'sales' } }
    ])
  })

  it('counts items not yet agreed per list, linking to the list', () => {
    const findings = after((d) => {
      only(d, 'target').forEach((t) => (t.status = 'proposed'))
      first(d, 'stage').status = 'proposed'
      // The action plan is not part of the SLA.
      d.items.push({ id: 'a1', workshopId: 'w1', list: 'action', order: 0, status: 'proposed', title: 'Ride along', owner: '', team: 'marketing', due: '', state: 'open' })
    })
    expect(findings).toEqual([
      { code: 'itemsNotAgreed', severity: 'warning', step: 'closedLoop', anchor: 'lifecycle-title', params: { list: 'stage', count: 1, names: expect.any(String) } },
      { code: 'itemsNotAgreed', severity: 'warning', step: 'sla', anchor: 'targets', params: { list: 'target', count: 6, names: expect.any(String) } }
    ])
    // Each names its open items, the first five of a list; the sentence counts the rest.
    const [stages, targets] = findings.map((finding) => JSON.parse(String(finding.params.names)) as string[])
    expect(stages).toEqual([first(completeDraft(), 'stage').name])
    expect(targets).toEqual(only(completeDraft(), 'target').slice(0, NAMED_OPEN_ITEMS).map((t) => t.metric))
    expect(findingText(findings[1]!, 'de')).toMatch(/^Ziele: 6 noch nicht vereinbart – „.+“, „.+“, „.+“, „.+“, „.+“ und 1 weitere\.$/)
    expect(findingText(findings[0]!, 'en')).toBe(`Lifecycle stages: 1 not yet agreed — “${stages![0]}”.`)
  })

  it('reads an open item recorded before items were named as the count alone', () => {
    expect(findingText({ code: 'itemsNotAgreed', params: { list: 'commitment', count: 2 } }, 'de')).toBe('Zusagen: 2 noch nicht vereinbart.')
    expect(findingText({ code: 'itemsNotAgreed', params: { list: 'commitment', count: 2, names: '{broken' } }, 'en')).toBe('Commitments: 2 not yet agreed.')
  })

  it('reports the MQL, SQL, stuck-lead rule and governance when not agreed', () => {
    const findings = after((d) => {
      d.workshop.mql.status = 'proposed'
      d.workshop.sql.status = 'proposed'
      d.workshop.stuckLeadRule.status = 'proposed'
      d.workshop.governance.status = 'proposed'
    })
    expect(findings.map((f) => [f.code, f.params.part, f.anchor])).toEqual([
      ['notAgreed', 'mql', 'mql-title'],
      ['notAgreed', 'sql', 'sql-title'],
      ['notAgreed', 'stuckLeadRule', 'stuck-title'],
      ['notAgreed', 'governance', 'governance']
    ])
    expect(findings.every((f) => f.severity === 'warning')).toBe(true)
  })

  it('needs a start date for the governance', () => {
    expect(after((d) => (d.workshop.governance.startDate = ''))).toEqual([
      { code: 'governanceWithoutStartDate', severity: 'blocking', step: 'sla', anchor: 'governance', params: {} }
    ])
    expect(codes(after((d) => (d.workshop.governance.startDate = '2027-02-30')))).toEqual(['governanceWithoutStartDate'])
  })

  it('warns when there is no shared goal', () => {
    expect(after((d) => (d.workshop.sharedGoal = ''))).toEqual([
      { code: 'noSharedGoal', severity: 'warning', step: 'awareness', anchor: 'goal-title', params: {} }
    ])
  })

  it('lists blocking findings first, each group in workshop order', () => {
    const findings = after((d) => {
      d.workshop.steps.awareness.completed = false
      first(d, 'target').status = 'proposed'
      first(d, 'target').value = null
      d.participants[0]!.signsSla = false
    })
    expect(codes(findings)).toEqual(['noMarketingSignatory', 'targetWithoutValue', 'stepNotCompleted', 'itemsNotAgreed'])
    expect(hasBlockingFindings(findings)).toBe(true)
    expect(hasBlockingFindings(findings.filter((f) => f.severity === 'warning'))).toBe(false)
  })

  it('turns findings into the open items recorded on a signed version', () => {
    const findings = after((d) => {
      first(d, 'target').team = null
      d.workshop.steps.language.completed = false
    })
    expect(toOpenItems(findings)).toEqual([
      { code: 'targetWithoutTeam', params: { position: 1, metric: 'MQLs handed to sales', period: 'quarter' } },
      { code: 'stepNotCompleted', params: { step: 'language' } }
    ])
  })
})
