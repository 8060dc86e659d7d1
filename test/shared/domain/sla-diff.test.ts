import { describe, expect, it } from 'vitest'
import type { SlaContent } from '../../../shared/domain/sla'
import { countChanges, diffSla, entryLabel, isEmptyDiff } from '../../../shared/domain/sla-diff'
import { completeContent, copy } from './sla-fixture'

/** The signed version and a draft amended from it by one change. */
function amend(change: (draft: SlaContent) => void) {
  const signed = completeContent()
  const draft = copy(signed)
  change(draft)
  return diffSla(signed, draft)
}

describe('SLA diff', () => {
  it('is empty for an unchanged amendment', () => {
    const diff = amend(() => {})
    expect(diff).toEqual({ sections: [] })
    expect(isEmptyDiff(diff)).toBe(true)
    expect(countChanges(diff)).toBe(0)
  })

  it('reports one changed target value with before and after, and nothing else', () => {
    const signed = completeContent()
    const target = signed.targets[0]!
    const diff = amend((draft) => (draft.targets[0]!.value = 450))
    expect(diff).toEqual({
      sections: [
        {
          section: 'targets',
          fields: [],
          lists: [
            {
              list: 'targets',
              added: [],
              removed: [],
              changed: [{ id: target.id, label: 'MQLs handed to sales', fields: [{ field: 'value', before: target.value, after: 450 }] }],
              reordered: false
            }
          ]
        }
      ]
    })
    expect(isEmptyDiff(diff)).toBe(false)
    expect(countChanges(diff)).toBe(1)
  })

  it('reports an added and a removed stage', () => {
    const signed = completeContent()
    const diff = amend((draft) => {
      draft.definitions.stages.splice(2, 1) // SAL goes
      draft.definitions.stages.push({ id: 'new-stage', name: 'Partner lead', definition: 'Referred by a partner', owner: 'sales', entryCriteria: '', maxDays: 14, onStall: '', status: 'proposed' })
    })
    expect(diff.sections.map((s) => s.section)).toEqual(['definitions'])
    const [stages] = diff.sections[0]!.lists
    expect(stages!.list).toBe('stages')
    expect(stages!.added.map((a) => [a.id, a.label])).toEqual([['new-stage', 'Partner lead']])
    expect(stages!.removed.map((r) => [r.id, r.label])).toEqual([[signed.definitions.stages[2]!.id, 'SAL']])
    expect(stages!.removed[0]!.entry).toEqual(signed.definitions.stages[2])
    // Removing one stage does not make the others "reordered".
    expect(stages!.reordered).toBe(false)
    expect(stages!.changed).toEqual([])
  })

  it('reports a reorder when the same stages stand in another order', () => {
    const diff = amend((draft) => {
      const stages = draft.definitions.stages
      stages.splice(0, 2, stages[1]!, stages[0]!)
    })
    expect(diff.sections).toEqual([
      { section: 'definitions', fields: [], lists: [{ list: 'stages', added: [], removed: [], changed: [], reordered: true }] }
    ])
    expect(countChanges(diff)).toBe(1)
  })

  it('reports a reorder among the remaining entries even when one was added', () => {
    const diff = amend((draft) => {
      const [a, b] = draft.commitments
      draft.commitments.splice(0, 2, b!, a!)
      draft.commitments.unshift({ ...a!, id: 'extra', description: 'Extra' })
    })
    const commitments = diff.sections[0]!.lists[0]!
    expect(commitments.added.map((x) => x.label)).toEqual(['Extra'])
    expect(commitments.reordered).toBe(true)
  })

  it('names a nested change by its path: one RACI letter', () => {
    const signed = completeContent()
    const activity = signed.responsibilities[6]!
    const diff = amend((draft) => {
      draft.responsibilities[6]!.raci.marketing = 'C'
      draft.responsibilities[6]!.owner = 'Head of sales'
    })
    expect(diff.sections).toEqual([
      {
        section: 'responsibilities',
        fields: [],
        lists: [
          {
            list: 'responsibilities',
            added: [],
            removed: [],
            changed: [
              {
                id: activity.id,
                label: 'First contact with a new lead',
                fields: [
                  { field: 'owner', before: '', after: 'Head of sales' },
                  { field: 'raci.marketing', before: 'I', after: 'C' }
                ]
              }
            ],
            reordered: false
          }
        ]
      }
    ])
  })

  it('matches entries by id, so a renamed entry is a change and carries its new label', () => {
    const diff = amend((draft) => (draft.definitions.glossary[0]!.term = 'Lead (contact)'))
    const glossary = diff.sections[0]!.lists[0]!
    expect(glossary.added).toEqual([])
    expect(glossary.removed).toEqual([])
    expect(glossary.changed).toHaveLength(1)
    expect(glossary.changed[0]!.label).toBe('Lead (contact)')
  })

  it('reports a status change from proposed to agreed', () => {
    const signed = completeContent()
    signed.commitments[1]!.status = 'proposed'
    const draft = copy(signed)
    draft.commitments[1]!.status = 'agreed'
    const [commitments] = diffSla(signed, draft).sections
    expect(commitments!.lists[0]!.changed[0]!.fields).toEqual([{ field: 'status', before: 'proposed', after: 'agreed' }])
  })

  it('reports singletons as field changes in their section', () => {
    const diff = amend((draft) => {
      draft.parties.sharedGoal = 'New goal'
      draft.definitions.mql.threshold = 60
      draft.definitions.sql.sentence = 'Changed'
      draft.funnel.reps = 7
      draft.reporting.stuckLeadRule.days = 21
      draft.governance.termMonths = 24
      draft.organisation = 'Müller AG'
    })
    const fields = Object.fromEntries(diff.sections.map((s) => [s.section, s.fields.map((f) => [f.field, f.before, f.after])]))
    expect(fields).toEqual({
      parties: [
        ['organisation', 'Müller GmbH', 'Müller AG'],
        ['sharedGoal', 'Together we win 30 new customers per quarter.', 'New goal']
      ],
      definitions: [
        ['mql.threshold', 50, 60],
        ['sql.sentence', 'An SQL has budget, authority, need and timeline.', 'Changed']
      ],
      funnel: [['reps', null, 7]],
      reporting: [['stuckLeadRule.days', 30, 21]],
      governance: [['termMonths', 12, 24]]
    })
    expect(countChanges(diff)).toBe(7)
  })

  it('matches signatories by participant and reports who joined, left or changed role', () => {
    const diff = amend((draft) => {
      draft.parties.signatories[0]!.role = 'CMO'
      draft.parties.signatories.pop()
      draft.parties.signatories.push({ participantId: 'p9', name: 'Dora Neu', role: 'Sales rep', team: 'sales' })
    })
    const [signatories] = diff.sections[0]!.lists
    expect(signatories).toEqual({
      list: 'signatories',
      added: [{ id: 'p9', label: 'Dora Neu', entry: { participantId: 'p9', name: 'Dora Neu', role: 'Sales rep', team: 'sales' } }],
      removed: [{ id: 'p2', label: 'Bernd Vertrieb', entry: { participantId: 'p2', name: 'Bernd Vertrieb', role: 'Head of sales', team: 'sales' } }],
      changed: [{ id: 'p1', label: 'Anna Marketing', fields: [{ field: 'role', before: 'Head of marketing', after: 'CMO' }] }],
      reordered: false
    })
  })

  it('does not report text that differs only in Unicode normalisation', () => {
    expect(isEmptyDiff(amend((draft) => (draft.organisation = draft.organisation.normalize('NFD'))))).toBe(true)
  })

  it('labels entries by their main text', () => {
    const content = completeContent()
    expect(entryLabel(content.targets[0]!)).toBe('MQLs handed to sales')
    expect(entryLabel(content.commitments[0]!)).toBe('Sales contacts a new MQL for the first time within')
    expect(entryLabel(content.reporting.managementKpis[0]!)).toBe('Marketing-sourced revenue and pipeline')
    expect(entryLabel(content.reporting.rejectionReasons[0]!)).toBe(content.reporting.rejectionReasons[0]!.text)
    expect(entryLabel(content.definitions.glossary[0]!)).toBe(content.definitions.glossary[0]!.term)
  })
})
